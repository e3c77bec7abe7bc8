// pcitopo-png-helper: the command line with Qt Gui loaded, for `pcitopo render --format png`
// (pcitopo hands it over; see app/cli/handoff.h). SVG and text need no Gui.
#include "cli/cli.h"
#include "cli/handoff.h"
#include "cli/renderpng.h"

int main(int argc, char* argv[]) {
    pcitopo::cli::backends().makeApplication = &pcitopo::cli::makeGuiApplication;
    pcitopo::cli::backends().svgToPng = &pcitopo::cli::svgToPng;
    return pcitopo::cli::run(argc, argv);
}
