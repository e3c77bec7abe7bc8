// pcitopo: the command line. Qt Core and the model only: the editor, libvirt and Qt Gui live in
// executables beside it that it hands over to (cli/handoff.h).
#include "cli/cli.h"

int main(int argc, char* argv[]) {
    return pcitopo::cli::run(argc, argv);
}
