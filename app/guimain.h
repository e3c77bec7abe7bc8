#pragma once

namespace pcitopo {

// Creates the QApplication and the main window; argv may name a domain XML file to open.
int runGui(int argc, char* argv[]);

} // namespace pcitopo
