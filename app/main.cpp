// pcitopo: with a subcommand it runs headless (no QApplication); otherwise it opens the editor.
#include "cli/cli.h"
#include "guimain.h"

#include <QtGlobal>

int main(int argc, char* argv[]) {
    if (pcitopo::cli::isHeadlessInvocation(argc, argv))
        return pcitopo::cli::run(argc, argv);
    return pcitopo::runGui(argc, argv);
}
