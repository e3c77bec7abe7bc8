#include "guimain.h"

#include "common/resources.h"
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
} // namespace

int runGui(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pcitopo"));
    QApplication::setOrganizationName(QStringLiteral("pcitopo"));
    QApplication::setApplicationVersion(QStringLiteral(PCITOPO_VERSION));
    initViewResources();

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
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(files.first(), &error))
            QTextStream(stderr) << "pcitopo: " << error << "\n";
    }
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
