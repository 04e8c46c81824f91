global using System.Net;
global using System.Text.Json.Nodes;
global using AzBatchJobs.Emulator.Tests.Infrastructure;
global using Xunit;
