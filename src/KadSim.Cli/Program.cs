return KadSim.Cli.KadSimCli.Invoke(args, KadSim.Cli.CliContext.FromProcess());
