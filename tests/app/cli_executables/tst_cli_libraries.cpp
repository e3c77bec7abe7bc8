// Which shared libraries each subcommand maps (issue #15), from the loader's own report
// (LD_DEBUG=files), which also lists what is loaded later with dlopen (Qt's platform plugins):
// validate, assign, show, explain and render --format svg map neither Qt Gui nor libvirt;
// render --format png maps Qt Gui, check maps libvirt.
#include "clirun.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExample = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/q35-desktop.xml");

// The base names of every object the loader opened for the run (after exec too: same pid).
QStringList mappedLibraries(const QStringList& arguments) {
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("ld"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    environment.insert(QStringLiteral("LD_DEBUG_OUTPUT"), report);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    runPcitopo(arguments, 60000, dir.path(), environment);
    QStringList libraries;
    static const QRegularExpression opened(QStringLiteral(R"(file=(\S+) \[\d+\];\s+generating)"));
    for (const QFileInfo& file : QDir(dir.path()).entryInfoList({QStringLiteral("ld.*")})) {
        QFile log(file.filePath());
        if (!log.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(log.readAll());
        for (auto it = opened.globalMatch(text); it.hasNext();)
            libraries.append(QFileInfo(it.next().captured(1)).fileName());
    }
    return libraries;
}

bool maps(const QStringList& libraries, const QString& prefix) {
    return std::any_of(libraries.begin(), libraries.end(),
                       [&](const QString& library) { return library.startsWith(prefix); });
}

} // namespace

class TestCliLibraries : public QObject {
    Q_OBJECT
private slots:
    void coreOnly_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), kExample};
        QTest::newRow("assign") << QStringList{QStringLiteral("assign"), kExample,
                                               QStringLiteral("-o"), QStringLiteral("out.xml")};
        QTest::newRow("show") << QStringList{QStringLiteral("show"), kExample};
        QTest::newRow("explain") << QStringList{QStringLiteral("explain"),
                                                QStringLiteral("pcie-root-port")};
        QTest::newRow("render svg") << QStringList{QStringLiteral("render"), kExample,
                                                   QStringLiteral("-o"), QStringLiteral("out.svg")};
        QTest::newRow("render txt") << QStringList{
            QStringLiteral("render"), QStringLiteral("--format"), QStringLiteral("txt"), kExample};
    }
    void coreOnly() {
        QFETCH(QStringList, arguments);
        const QStringList libraries = mappedLibraries(arguments);
        QVERIFY2(maps(libraries, QStringLiteral("libQt6Core.so")),
                 qPrintable(libraries.join(u' ')));
        for (const char* absent : {"libQt6Gui.so", "libQt6Widgets.so", "libvirt.so"})
            QVERIFY2(!maps(libraries, QString::fromLatin1(absent)),
                     qPrintable(QString::fromLatin1(absent) + QStringLiteral(" in ") +
                                libraries.join(u' ')));
    }

    void renderPngMapsQtGuiNotLibvirt() {
        const QStringList libraries = mappedLibraries(
            {QStringLiteral("render"), kExample, QStringLiteral("-o"), QStringLiteral("out.png")});
        QVERIFY2(maps(libraries, QStringLiteral("libQt6Gui.so")), qPrintable(libraries.join(u' ')));
        QVERIFY(!maps(libraries, QStringLiteral("libvirt.so")));
        QVERIFY(!maps(libraries, QStringLiteral("libQt6Widgets.so")));
    }

    // No daemon needed: libvirt's own test driver. Loading libvirt is what is asserted.
    void checkMapsLibvirtNotQtGui() {
        const QStringList libraries =
            mappedLibraries({QStringLiteral("check"), QStringLiteral("--connect"),
                             QStringLiteral("test:///default"), kExample});
        QVERIFY2(maps(libraries, QStringLiteral("libvirt.so")), qPrintable(libraries.join(u' ')));
        QVERIFY(!maps(libraries, QStringLiteral("libQt6Gui.so")));
    }
};

QTEST_GUILESS_MAIN(TestCliLibraries)
#include "tst_cli_libraries.moc"
