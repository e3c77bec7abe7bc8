#pragma once

namespace pcitopo::cli {

// True when argv names a subcommand (validate, assign, show, render, explain, bench) or
// --version/--help: those run without any QGuiApplication, so they work over ssh and in CI.
bool isHeadlessInvocation(int argc, char* argv[]);
int run(int argc, char* argv[]);

} // namespace pcitopo::cli
