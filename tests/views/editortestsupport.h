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
