using System;
using System.Collections.Generic;
using System.Text;

namespace AzBatchJobs.Emulator.Node;

/// <summary>A task command line split into the program and its arguments.</summary>
/// <param name="Program">The program to start (first word of the line).</param>
/// <param name="Arguments">The remaining words, used on Linux and macOS.</param>
/// <param name="RawArguments">The text after the program, verbatim; used on Windows.</param>
internal sealed record SplitCommandLine(string Program, IReadOnlyList<string> Arguments, string RawArguments);

/// <summary>
/// Splits a Batch task command line the way the emulator's local node runs it: without a shell,
/// as on a Batch compute node. Nothing is expanded: no environment variables, no wildcards, no
/// redirections or pipes (to get those, start a shell: <c>/bin/sh -c '...'</c> on Linux,
/// <c>cmd /c ...</c> on Windows).
///
/// Rules (Linux and macOS):
/// <list type="bullet">
/// <item>Words are separated by unquoted spaces, tabs and line breaks.</item>
/// <item>Inside single quotes every character is literal up to the closing quote.</item>
/// <item>Inside double quotes characters are literal, except that <c>\"</c> and <c>\\</c> give
///   <c>"</c> and <c>\</c>.</item>
/// <item>Outside quotes a backslash makes the next character literal.</item>
/// <item>Quoted and unquoted parts that touch form one word: <c>a'b c'</c> is the word <c>ab c</c>;
///   <c>''</c> is an empty word.</item>
/// <item>An unterminated quote or a trailing lone backslash is an error.</item>
/// </list>
/// On Windows the first word (the program) is read by the same rules, and the rest of the line is
/// handed to the program verbatim, as CreateProcess does on a Windows node; the program parses it.
/// </summary>
internal static class CommandLineSplitter
{
    public static SplitCommandLine Split(string commandLine)
    {
        if (string.IsNullOrWhiteSpace(commandLine))
        {
            throw new FormatException("commandLine: the command line is empty.");
        }

        var words = new List<string>();
        int programEnd = -1;
        var word = new StringBuilder();
        bool inWord = false;
        int i = 0;
        while (i < commandLine.Length)
        {
            char c = commandLine[i];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                    if (programEnd < 0)
                    {
                        programEnd = i;
                    }
                }
                i++;
                continue;
            }

            inWord = true;
            if (c == '\'')
            {
                int close = commandLine.IndexOf('\'', i + 1);
                if (close < 0)
                {
                    throw new FormatException($"commandLine: unterminated single quote at position {i}.");
                }
                word.Append(commandLine, i + 1, close - i - 1);
                i = close + 1;
            }
            else if (c == '"')
            {
                i = ReadDoubleQuoted(commandLine, i, word);
            }
            else if (c == '\\')
            {
                if (i + 1 >= commandLine.Length)
                {
                    throw new FormatException("commandLine: a lone backslash ends the command line.");
                }
                word.Append(commandLine[i + 1]);
                i += 2;
            }
            else
            {
                word.Append(c);
                i++;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
            if (programEnd < 0)
            {
                programEnd = commandLine.Length;
            }
        }

        string raw = commandLine.Substring(programEnd).Trim();
        return new SplitCommandLine(words[0], words.GetRange(1, words.Count - 1), raw);
    }

    // Returns the index just after the closing double quote.
    private static int ReadDoubleQuoted(string line, int openIndex, StringBuilder word)
    {
        int i = openIndex + 1;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '"')
            {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\')
            {
                word.Append(line[i + 1]);
                i += 2;
                continue;
            }
            word.Append(c);
            i++;
        }
        throw new FormatException($"commandLine: unterminated double quote at position {openIndex}.");
    }
}
