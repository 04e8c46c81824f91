Console.WriteLine("emulator: not yet implemented");
