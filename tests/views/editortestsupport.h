#pragma once

// Shared helpers of the GUI tests: a main window on an example domain, event-loop settling,
// and lookups in the model the views show.

#include "common/editorcontext.h"
#include "common/resources.h"
#include "mainwindow.h"
#include "session/documentsession.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <memory>

namespace pcitopo::testing {

inline QString examplePath(const QString& name) {
    return QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/") + name;
}

// Lets the views' zero-timer refresh run (they rebuild once per change).
inline void settle() {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

inline std::unique_ptr<MainWindow> openWindow(const QString& file = {}) {
    QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the user's config
    initViewResources();
    auto window = std::make_unique<MainWindow>();
    if (!file.isEmpty()) {
        QString error;
        if (!window->openFile(file, &error))
            qWarning("cannot open %s: %s", qPrintable(file), qPrintable(error));
    }
    window->resize(1400, 900);
    settle();
    return window;
}

// A main window on `file`, shown and exposed (real geometry, focus, popups).
inline std::unique_ptr<MainWindow> openShownWindow(const QString& file = {}) {
    auto window = openWindow(file);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    settle();
    return window;
}

// A q35 domain with `ports` root ports (8 functions per root slot) and a virtio NIC in each,
// except every `freeEvery`-th port (0: none free).
inline QByteArray q35WithRootPorts(int ports, int freeEvery = 0) {
    QByteArray devices;
    for (int i = 1; i <= ports; ++i) {
        const QByteArray slot = QByteArray::number(1 + (i - 1) / 8, 16);
        const QByteArray function = QByteArray::number((i - 1) % 8);
        devices += "<controller type='pci' index='" + QByteArray::number(i) +
                   "' model='pcie-root-port'><address type='pci' domain='0x0000' bus='0x00' "
                   "slot='0x" +
                   slot + "' function='0x" + function + "'" +
                   (function == "0" ? " multifunction='on'" : "") + "/></controller>\n";
        if (freeEvery > 0 && i % freeEvery == 0)
            continue;
        devices += "<interface type='network'><mac address='52:54:00:00:" +
                   QByteArray::number(i / 256, 16).rightJustified(2, '0') + ':' +
                   QByteArray::number(i % 256, 16).rightJustified(2, '0') +
                   "'/><source network='default'/><model type='virtio'/><address type='pci' "
                   "domain='0x0000' bus='0x" +
                   QByteArray::number(i, 16) + "' slot='0x00' function='0x0'/></interface>\n";
    }
    return "<domain type='kvm'><name>large</name><memory unit='MiB'>4096</memory>"
           "<os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os><devices>"
           "<controller type='pci' index='0' model='pcie-root'/>\n" +
           devices + "</devices></domain>\n";
}

// The inventory index of the first device matching `predicate`, or -1.
template <typename Predicate>
int findDevice(const EditorContext& context, Predicate predicate) {
    const QList<Device>& devices = context.topology().inventory().devices;
    for (int i = 0; i < devices.size(); ++i)
        if (predicate(devices.at(i)))
            return i;
    return -1;
}

inline QString paletteIdFor(const RuleTable& rules, const QString& endpointRuleId) {
    for (const PaletteEntry& entry : rules.palette())
        if (entry.endpointRuleId == endpointRuleId)
            return entry.id;
    return {};
}

} // namespace pcitopo::testing
