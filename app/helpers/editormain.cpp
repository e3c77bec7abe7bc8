// pcitopo-editor: the editor. `pcitopo` and `pcitopo FILE` hand over to it (app/cli/handoff.h).
#include "guimain.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace {

// Qt aborts (exit 134, a core dump) when its platform finds no display: say so and exit 2.
// Platforms without a display (offscreen, minimal, vnc...) are the user's explicit choice.
QString missingDisplay() {
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.isEmpty() && x11 && wayland)
        return QStringLiteral("no display (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    if (platform.startsWith("xcb") && x11)
        return QStringLiteral("QT_QPA_PLATFORM=xcb but DISPLAY is not set");
    if (platform.startsWith("wayland") && wayland)
        return QStringLiteral("QT_QPA_PLATFORM=wayland but WAYLAND_DISPLAY is not set");
    return QString();
}

} // namespace

int main(int argc, char* argv[]) {
    const QString problem = missingDisplay();
    if (!problem.isEmpty()) {
        QTextStream(stderr) << "pcitopo: cannot open the editor: " << problem
                            << "\nthe command line works without one: pcitopo --help\n";
        return 2;
    }
    return pcitopo::runGui(argc, argv);
}
