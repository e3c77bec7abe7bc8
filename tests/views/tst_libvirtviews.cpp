// GUI test of issue #9 (offscreen, against the real libvirt daemon): File → Open from libvirt's
// dialog lists a connection's domains and opens one's persistent XML; a read-only origin
// disables Save to libvirt with the reason; Save to libvirt defines an accepted domain and shows
// a refusal as an error diagnostic in the problems panel, in libvirt's words. Skips with a
// message when libvirt cannot be reached. Every domain it defines is undefined.

#include "common/edits.h"
#include "editortestsupport.h"
#include "libvirt/libvirtopendialog.h"
#include "libvirt/libvirtsaver.h"
#include "libvirtconnection.h"
#include "libvirtverdict.h"
#include "problems/problemsview.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

const QString Uri = qEnvironmentVariable("PCITOPO_LIVE_URI", LibvirtConnection::defaultUri());

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first rule case libvirt refuses for a PCI reason, with its recorded message.
std::pair<QString, QString> refusedCase() {
    const QString folder = QStringLiteral(PCITOPO_SHARED_DIR "/pci-rules-cases");
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(u"ok") == QJsonValue(false) && row.value(u"class").toString() == u"pci")
            return {folder + u'/' + row.value(u"file").toString(), row.value(u"error").toString()};
    }
    return {};
}

const Diagnostic* libvirtDiagnostic(const EditorContext& context) {
    for (const Diagnostic& d : context.diagnostics())
        if (d.code == QLatin1String(LibvirtSaver::DiagnosticCode))
            return &d;
    return nullptr;
}

bool problemsPanelShows(ProblemsView* view, const QString& message) {
    const QAbstractItemModel* model = view->treeView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 1).data().toString() == message)
            return true;
    return false;
}

} // namespace

#define REQUIRE_DAEMON()                                                                           \
    if (!m_connection)                                                                             \
    QSKIP(qPrintable(m_skipReason))

class TestLibvirtViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runningDomainNeedsConfirmation();
    void dialogListsAndOpensDomain();
    void readOnlyOriginDisablesSave();
    void saveRefusalIsADiagnostic();
    void saveDefinesAcceptedDomain();

private:
    QString testName(const QString& what) {
        const QString name = QStringLiteral("pcitopo-guitest-%1-%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(what);
        m_names.append(name);
        return name;
    }
    // The file under a temporary domain name, written into the scratch directory.
    QString renamedCopy(const QString& file, const QString& name) {
        const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(withTemporaryName(readText(file), name).toUtf8()) < 0)
            return {};
        return path;
    }

    std::unique_ptr<LibvirtConnection> m_connection;
    QString m_skipReason; // why the tests against the daemon skip
    QStringList m_names;
    QTemporaryDir m_dir;
};

void TestLibvirtViews::initTestCase() {
    QString error;
    m_connection = LibvirtConnection::open(Uri, LibvirtConnection::Access::ReadWrite, &error);
    if (!m_connection)
        m_skipReason = QStringLiteral("libvirt is not reachable at %1 (%2); start libvirtd "
                                      "(scripts/setup test does, through the oracle)")
                           .arg(Uri, error);
    QVERIFY(m_dir.isValid());
}

// libvirt's in-process test driver has a running domain, "test": Save to libvirt asks before
// replacing a running domain's persistent configuration and never touches its live state.
void TestLibvirtViews::runningDomainNeedsConfirmation() {
    const QString testUri = QStringLiteral("test:///default");
    QString error;
    // Held open: the test driver's state lives as long as one connection to it does.
    const auto held =
        LibvirtConnection::open(testUri, LibvirtConnection::Access::ReadWrite, &error);
    if (!held)
        QSKIP(qPrintable(QStringLiteral("libvirt's test driver is unavailable: %1").arg(error)));
    const std::optional<LibvirtDomainInfo> running =
        held->findDomain(QStringLiteral("test"), &error);
    QVERIFY2(running && running->active, qPrintable(error));
    const std::optional<QString> xml = held->inactiveXml(QStringLiteral("test"), true, &error);
    QVERIFY2(xml, qPrintable(error));

    auto window = openWindow();
    QVERIFY(window->openFromLibvirt(xml->toUtf8(), {testUri, false, QStringLiteral("test")}));
    QStringList asked;
    bool answer = false;
    window->libvirtSaver()->setRunningConfirmation([&](const QString& domain) {
        asked.append(domain);
        return answer;
    });
    QSignalSpy saved(window->libvirtSaver(), &LibvirtSaver::saved);
    QSignalSpy failed(window->libvirtSaver(), &LibvirtSaver::failed);
    window->libvirtSaver()->save();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    QCOMPARE(asked, QStringList{QStringLiteral("test")});
    QVERIFY(saved.isEmpty());

    answer = true;
    window->libvirtSaver()->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
    QCOMPARE(asked.size(), 2);
    const std::optional<LibvirtDomainInfo> after = held->findDomain(QStringLiteral("test"), &error);
    QVERIFY(after && after->active); // still running: only its persistent config was defined
    QCOMPARE(after->uuid, running->uuid);
}

void TestLibvirtViews::cleanupTestCase() {
    QString error;
    for (const QString& name : std::as_const(m_names))
        if (m_connection && m_connection->findDomain(name, &error))
            QVERIFY(m_connection->undefine(name).ok);
}

void TestLibvirtViews::dialogListsAndOpensDomain() {
    REQUIRE_DAEMON();
    const QString name = testName(QStringLiteral("dialog"));
    QVERIFY(m_connection
                ->define(
                    withTemporaryName(readText(examplePath(QStringLiteral("pc-server.xml"))), name))
                .ok);
    auto window = openWindow(); // test-mode settings
    LibvirtOpenDialog dialog(window.get());
    dialog.readOnlyBox()->setChecked(false);
    dialog.uriEdit()->setText(Uri);
    QSignalSpy listed(&dialog, &LibvirtOpenDialog::listed);
    dialog.listDomains();
    QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1, 20000);
    const QList<QTreeWidgetItem*> items = dialog.domainList()->findItems(name, Qt::MatchExactly, 0);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(1), QStringLiteral("shut off"));
    QCOMPARE(rememberedLibvirtUri(), Uri); // remembered once it worked

    dialog.domainList()->setCurrentItem(items.first());
    QVERIFY(dialog.openButton()->isEnabled());
    dialog.openSelected();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(dialog.xml().contains(QStringLiteral("<name>%1</name>").arg(name).toUtf8()));
    QCOMPARE(dialog.origin().domain, name);
    QVERIFY(!dialog.origin().readOnly);

    QVERIFY(window->openFromLibvirt(dialog.xml(), dialog.origin()));
    settle();
    QVERIFY(window->context()->document().text().contains(name));
    QVERIFY(window->saveToLibvirtAction()->isEnabled());
    // The title names the domain and its connection instead of "untitled.xml".
    QVERIFY2(
        window->windowTitle().startsWith(QStringLiteral("%1 on %2").arg(name, dialog.origin().uri)),
        qPrintable(window->windowTitle()));

    // A connection that cannot be reached: libvirt's message in the dialog, nothing listed.
    QSignalSpy failed(&dialog, &LibvirtOpenDialog::failed);
    dialog.uriEdit()->setText(QStringLiteral("qemu:///system?socket=/nonexistent"));
    dialog.listDomains();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    QCOMPARE(dialog.domainList()->topLevelItemCount(), 0);
    QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("libvirt: ")));
}

void TestLibvirtViews::readOnlyOriginDisablesSave() {
    REQUIRE_DAEMON();
    const QString name = testName(QStringLiteral("readonly"));
    QVERIFY(m_connection
                ->define(
                    withTemporaryName(readText(examplePath(QStringLiteral("pc-server.xml"))), name))
                .ok);
    auto window = openWindow();
    LibvirtOpenDialog dialog(window.get());
    dialog.uriEdit()->setText(Uri);
    QSignalSpy listed(&dialog, &LibvirtOpenDialog::listed);
    dialog.readOnlyBox()->setChecked(true); // lists again, read-only
    QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1, 20000);
    const QList<QTreeWidgetItem*> items = dialog.domainList()->findItems(name, Qt::MatchExactly, 0);
    QCOMPARE(items.size(), 1);
    dialog.domainList()->setCurrentItem(items.first());
    dialog.openSelected();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(dialog.origin().readOnly);
    QCOMPARE(dialog.origin().domain, name);

    QVERIFY(window->openFromLibvirt(dialog.xml(), dialog.origin()));
    QVERIFY(!window->saveToLibvirtAction()->isEnabled());
    QVERIFY2(window->saveToLibvirtAction()->statusTip().contains(QStringLiteral("read-only")),
             qPrintable(window->saveToLibvirtAction()->statusTip()));
    QSignalSpy failed(window->libvirtSaver(), &LibvirtSaver::failed);
    window->libvirtSaver()->save(); // refused before any libvirt call
    QCOMPARE(failed.count(), 1);
    // A document from a file has no read-only origin.
    QVERIFY(window->openFile(examplePath(QStringLiteral("q35-desktop.xml"))));
    QVERIFY(window->saveToLibvirtAction()->isEnabled());
}

void TestLibvirtViews::saveRefusalIsADiagnostic() {
    REQUIRE_DAEMON();
    const auto [file, libvirtMessage] = refusedCase();
    if (file.isEmpty())
        QSKIP("the shared rule cases (PCITOPO_SHARED_DIR) are not available");
    const QString name = testName(QStringLiteral("refused"));
    auto window = openWindow(renamedCopy(file, name));
    QVERIFY(window->context()->document().text().contains(name));
    QVERIFY(!libvirtDiagnostic(*window->context()));

    QSignalSpy failed(window->libvirtSaver(), &LibvirtSaver::failed);
    window->saveToLibvirtAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    settle();
    const Diagnostic* diagnostic = libvirtDiagnostic(*window->context());
    QVERIFY(diagnostic);
    QCOMPARE(diagnostic->severity, Severity::Error);
    QCOMPARE(diagnostic->message, libvirtMessage); // libvirt's own words, as the oracle recorded
    QVERIFY(problemsPanelShows(window->problemsView(), libvirtMessage));
    if (libvirtMessage.contains(QStringLiteral("PCI address 0000:"))) {
        // libvirt names the device by its address: the diagnostic points at that <address>.
        QVERIFY(diagnostic->element != NoElement);
        QVERIFY(diagnostic->location.line > 0);
        const int device = findDevice(
            *window->context(), [&](const Device& d) { return d.element == diagnostic->element; });
        QVERIFY(device >= 0);
        const Device& at = window->context()->topology().inventory().devices.at(device);
        QVERIFY(at.pciAddress);
        QVERIFY2(libvirtMessage.contains(u':' + at.pciAddress->toShortString()),
                 qPrintable(at.pciAddress->toShortString()));
    }
    QString error;
    QVERIFY(!m_connection->findDomain(name, &error)); // nothing defined

    // The diagnostic is about that text: an edit drops it, and undo does not bring it back
    // (libvirt has not judged the text again).
    QVERIFY(window->openFile(renamedCopy(file, name))); // a fresh refusal to drop
    window->saveToLibvirtAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, 20000);
    const Diagnostic* again = libvirtDiagnostic(*window->context());
    QVERIFY(again);
    const ElementId device = again->element != NoElement
                                 ? again->element
                                 : window->context()->document().deviceElements().first();
    QVERIFY(window->context()->execute(edits::removeAddress(*window->context(), device)));
    window->context()->refreshNow();
    QVERIFY(!libvirtDiagnostic(*window->context()));
    QVERIFY(!problemsPanelShows(window->problemsView(), libvirtMessage));
    window->context()->undoStack()->undo();
    window->context()->refreshNow();
    QVERIFY(!libvirtDiagnostic(*window->context()));
}

void TestLibvirtViews::saveDefinesAcceptedDomain() {
    REQUIRE_DAEMON();
    const QString name = testName(QStringLiteral("accepted"));
    auto window = openWindow(renamedCopy(examplePath(QStringLiteral("q35-desktop.xml")), name));
    QSignalSpy saved(window->libvirtSaver(), &LibvirtSaver::saved);
    QSignalSpy failed(window->libvirtSaver(), &LibvirtSaver::failed);
    window->saveToLibvirtAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() == 1, 20000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QString error;
    const std::optional<LibvirtDomainInfo> defined = m_connection->findDomain(name, &error);
    QVERIFY2(defined, qPrintable(error));
    QVERIFY(!defined->active); // defined, never started
    QVERIFY(!libvirtDiagnostic(*window->context()));
}

QTEST_MAIN(TestLibvirtViews)
#include "tst_libvirtviews.moc"
