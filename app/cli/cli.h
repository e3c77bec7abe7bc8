#pragma once

namespace pcitopo::cli {

// The whole command line: a subcommand (validate, assign, show, render, explain, bench, check)
// or --version/--help runs headless with a QCoreApplication; no subcommand, an option or a FILE
// hands over to the editor executable (handoff.h); any other word is an unknown command (exit
// 2, with the nearest subcommand as a suggestion), so a typo never starts a GUI.
int run(int argc, char* argv[]);

} // namespace pcitopo::cli
