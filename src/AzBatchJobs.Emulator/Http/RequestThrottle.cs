using System.Diagnostics;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// Throttles like a service over its request rate: a token bucket of <c>rate</c> requests per second (a
/// second's worth of burst); a request that finds it empty is answered 429 with the whole seconds until a
/// token is back as Retry-After. With a duration, throttling stops that long after the first request it
/// throttled (a storm of that length, whenever the load first exceeds the rate).
/// </summary>
internal sealed class RequestThrottle
{
    private readonly object _gate = new();
    private readonly double _rate;
    private readonly TimeSpan? _duration;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _tokens;
    private TimeSpan _refilledAt;
    private TimeSpan? _stormEnds;

    public RequestThrottle(int rate, TimeSpan? duration)
    {
        _rate = rate;
        _duration = duration;
        _tokens = rate;
    }

    /// <summary>The throttle the options ask for (--throttle-rate, --throttle-for), or null.</summary>
    public static RequestThrottle? For(EmulatorOptions options) =>
        options.ThrottleRate > 0
            ? new RequestThrottle(options.ThrottleRate, options.ThrottleSeconds is int seconds ? TimeSpan.FromSeconds(seconds) : null)
            : null;

    /// <summary>Null when the request may go on; else the Retry-After, in seconds, for a 429.</summary>
    public int? RetryAfterSeconds()
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (now >= _stormEnds)
            {
                return null;
            }
            _tokens = Math.Min(_rate, _tokens + (now - _refilledAt).TotalSeconds * _rate);
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return null;
            }
            _stormEnds ??= now + _duration;
            return Math.Max(1, (int)Math.Ceiling((1 - _tokens) / _rate));
        }
    }
}
