#include "guimain.h"

#include "common/editorcontext.h"
#include "common/resources.h"
#include "common/theme.h"
#include "common/translations.h"
#include "graph/graphview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

namespace pcitopo {

namespace {
// --screenshot OUT.png: show the window, let it settle, grab it and quit (README, CI smoke).
void scheduleScreenshot(MainWindow* window, const QString& path, const QSize& size) {
    window->resize(size);
    QTimer::singleShot(700, window, [window, path] {
        const bool saved = window->grab().save(path);
        if (!saved)
            QTextStream(stderr) << "pcitopo: cannot write " << path << "\n";
        QApplication::exit(saved ? 0 : 1);
    });
}
void selectLine(MainWindow& window, int line) {
    const QString& text = window.context()->document().text();
    int offset = 0;
    for (int current = 1; current < line && offset >= 0; ++current)
        offset = text.indexOf(u'\n', offset) + 1;
    while (offset >= 0 && offset < text.size() && text.at(offset).isSpace())
        ++offset;
    if (offset > 0)
        window.context()->selectElementAtOffset(offset);
}
} // namespace

int runGui(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pcitopo"));
    QApplication::setOrganizationName(QStringLiteral("pcitopo"));
    QApplication::setApplicationVersion(QStringLiteral(PCITOPO_VERSION));
    // Wayland compositors find the icon and name through the installed desktop file.
    QApplication::setDesktopFileName(QStringLiteral("org.pcitopo.pcitopo"));
    initViewResources();
    installTranslations(uiLocale()); // before the parser, so --help speaks the user's language

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Editor for the PCI topology of libvirt domain XML."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Domain XML to open."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a PNG of the window."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("size"),
                            QApplication::translate("main", "Window size for --screenshot."),
                            QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption select(QStringLiteral("select-line"),
                              QApplication::translate("main", "Select the device on LINE."),
                              QStringLiteral("line"));
    select.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption preview(QStringLiteral("preview"),
                               QApplication::translate("main", "Show where ENTRY fits."),
                               QStringLiteral("entry"));
    preview.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(select);
    parser.addOption(preview);
    QCommandLineOption lang(QStringLiteral("lang"),
                            QApplication::translate("main", "Interface language, e.g. de or en."),
                            QStringLiteral("language"));
    QCommandLineOption dark(QStringLiteral("dark"),
                            QApplication::translate("main", "Use a dark colour scheme."));
    parser.addOption(lang);
    parser.addOption(dark);
    parser.process(app);
    if (parser.isSet(lang)) {
        QLocale::setDefault(uiLocale(parser.value(lang)));
        installTranslations(uiLocale(parser.value(lang)));
    }
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(theme::darkPalette());
    }

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(files.first(), &error))
            QTextStream(stderr) << "pcitopo: " << error << "\n";
    }
    window.context()->refreshNow();
    if (parser.isSet(select))
        selectLine(window, parser.value(select).toInt());
    if (parser.isSet(preview))
        window.graphView()->previewVerdicts(DropCandidate::paletteEntry(parser.value(preview)));
    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(u'x');
        const QSize windowSize(wh.value(0).toInt(), wh.value(1).toInt());
        scheduleScreenshot(&window, parser.value(screenshot),
                           windowSize.isValid() ? windowSize : QSize(1600, 1000));
    }
    window.show();
    return app.exec();
}

} // namespace pcitopo
