// Issue #16: before Save, the guest-visible changes since open in words, and Keep the Old
// Addresses as one undoable command, through the main window's save path.

#include "editortestsupport.h"

#include "commands/devicecommands.h"
#include "common/edits.h"
#include "common/guestchangesdialog.h"
#include "guest/guestview.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {
const QString Mac = QStringLiteral("52:54:00:6b:3c:58"); // q35-desktop's NIC on root port 1
const PciAddress Original{0, 1, 0, 0, {}};
const PciAddress Moved{0, 0, 0x0a, 0, {}};

// The NIC's XML address in `document` as libvirt defines it, if any.
std::optional<PciAddress> nicAddress(const DomainDocument& document) {
    const GuestView view = GuestView::compute(document, RuleTable::builtin());
    for (const GuestElement& element : view.elements)
        if (element.mac == Mac && element.address)
            return PciAddress{element.address->domain,
                              element.address->bus,
                              element.address->slot,
                              element.address->function,
                              {}};
    return std::nullopt;
}

ElementId nicElement(const EditorContext& context) {
    const int index = findDevice(context, [](const Device& d) { return d.mac == Mac; });
    return index < 0 ? NoElement : context.topology().inventory().devices.at(index).element;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The recorded question, and the answer to give.
struct ScriptedChooser {
    GuestChangesDialog::Choice answer;
    QList<QStringList> asked;
};
} // namespace

class TestGuestChangesDialog : public QObject {
    Q_OBJECT
private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("q35-desktop.xml"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(examplePath(QStringLiteral("q35-desktop.xml")), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_original = readFile(m_path);
        m_window = openWindow(m_path);
        m_chooser = {GuestChangesDialog::Choice::Cancel, {}};
        GuestChangesDialog::setChooser([this](const QStringList& changes) {
            m_chooser.asked << changes;
            return m_chooser.answer;
        });
    }
    void cleanup() {
        GuestChangesDialog::setChooser({});
        m_window.reset();
    }

    void keepOldAddressesRestoresThenSaves() {
        EditorContext* context = m_window->context();
        QCOMPARE(nicAddress(context->document()), std::optional(Original));
        moveNic();
        const int undoCount = context->undoStack()->count();
        m_chooser.answer = GuestChangesDialog::Choice::KeepOldAddresses;
        saveAction()->trigger(); // File › Save
        settle();
        QCOMPARE(m_chooser.asked.size(), 1);
        const QString listed = m_chooser.asked.first().join(u'\n');
        QVERIFY2(listed.contains(QStringLiteral("renames enp1s0 to enp0s10 in the guest")),
                 qPrintable(listed));
        QCOMPARE(nicAddress(context->document()), std::optional(Original));
        QCOMPARE(context->undoStack()->count(), undoCount + 1);
        QVERIFY(m_window->session()->isClean());
        DocumentError error;
        const std::optional<DomainDocument> saved = DomainDocument::fromFile(m_path, &error);
        QVERIFY(saved);
        QCOMPARE(nicAddress(*saved), std::optional(Original));
        // The one undo entry moves the NIC back to where Move To put it.
        context->undoStack()->undo();
        settle();
        QCOMPARE(nicAddress(context->document()), std::optional(Moved));
    }

    void dialogButtonsGiveTheChoice() {
        moveNic();
        const QStringList changes = GuestChangesDialog::describe(
            *baselineOf(), m_window->context()->document(), m_window->context()->rules());
        QVERIFY(!changes.isEmpty());
        for (const QString& text :
             {QStringLiteral("&Keep the Old Addresses"), QStringLiteral("&Save")}) {
            GuestChangesDialog dialog(changes);
            QCOMPARE(dialog.findChild<QListWidget*>()->count(), changes.size());
            for (QPushButton* button : dialog.findChildren<QPushButton*>())
                if (button->text() == text)
                    button->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.choice(), text.contains(u"Keep")
                                          ? GuestChangesDialog::Choice::KeepOldAddresses
                                          : GuestChangesDialog::Choice::Save);
        }
    }

    void saveKeepsTheMove() {
        moveNic();
        m_chooser.answer = GuestChangesDialog::Choice::Save;
        QVERIFY(m_window->reviewAndSaveTo(m_path));
        QCOMPARE(m_chooser.asked.size(), 1);
        DocumentError error;
        const std::optional<DomainDocument> saved = DomainDocument::fromFile(m_path, &error);
        QVERIFY(saved);
        QCOMPARE(nicAddress(*saved), std::optional(Moved));
    }

    void cancelSavesNothing() {
        moveNic();
        const int undoCount = m_window->context()->undoStack()->count();
        m_chooser.answer = GuestChangesDialog::Choice::Cancel;
        QVERIFY(!m_window->reviewAndSaveTo(m_path));
        QCOMPARE(m_chooser.asked.size(), 1);
        QCOMPARE(readFile(m_path), m_original);
        QVERIFY(!m_window->session()->isClean());
        QCOMPARE(m_window->context()->undoStack()->count(), undoCount);
        QCOMPARE(nicAddress(m_window->context()->document()), std::optional(Moved));
    }

    void noGuestVisibleChangeNoDialog() {
        // The SPICE port policy changes the XML, not the guest's PCI devices.
        EditorContext* context = m_window->context();
        DomainDocument& document = m_window->session()->document();
        const ElementId graphics =
            document.firstChild(document.firstChild(document.root(), u"devices"), u"graphics");
        QVERIFY(graphics != NoElement);
        QVERIFY(context->execute(std::make_unique<SetAttributeCommand>(
            document, graphics, QStringLiteral("autoport"), QStringLiteral("no"))));
        settle();
        QVERIFY(!m_window->session()->isClean());
        QVERIFY(m_window->reviewAndSaveTo(m_path));
        QCOMPARE(m_chooser.asked.size(), 0);
        QVERIFY(readFile(m_path).contains("autoport='no'"));
    }

    void oldSlotTakenIsLeftAndSaid() {
        moveNic();
        EditorContext* context = m_window->context();
        // The e1000e NIC (no address in the file) takes the first NIC's old function.
        const int e1000e =
            findDevice(*context, [](const Device& d) { return d.model == u"e1000e"; });
        QVERIFY(e1000e >= 0);
        const ElementId element = context->topology().inventory().devices.at(e1000e).element;
        QVERIFY(context->execute(edits::moveDevice(*context, element, Original)));
        settle();
        // Root port 2, where libvirt put the e1000e NIC, goes: its old address is gone too.
        const int port = findDevice(
            *context, [](const Device& d) { return d.isController(u"pci") && d.index == 2; });
        QVERIFY(port >= 0);
        QString refusal;
        QVERIFY(context->execute(edits::removeDevice(
            *context, context->topology().inventory().devices.at(port).element, false, &refusal)));
        settle();
        QStringList kept, left;
        QVERIFY(!edits::keepOldAddresses(*context, *baselineOf(), &kept, &left));
        QVERIFY(kept.isEmpty());
        const QString said = left.join(u'\n');
        QCOMPARE(left.size(), 2);
        QVERIFY2(said.contains(QStringLiteral("01:00.0")) &&
                     said.contains(QStringLiteral("02:00.0")),
                 qPrintable(said));
        // Keep the Old Addresses then saves with what it could not restore, and says so.
        m_chooser.answer = GuestChangesDialog::Choice::KeepOldAddresses;
        QVERIFY(m_window->reviewAndSaveTo(m_path));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not restored")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

private:
    void moveNic() {
        EditorContext* context = m_window->context();
        QVERIFY(context->execute(edits::moveDevice(*context, nicElement(*context), Moved)));
        settle();
        QCOMPARE(nicAddress(context->document()), std::optional(Moved));
    }
    QAction* saveAction() const {
        for (QAction* action : m_window->findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(QKeySequence::Save))
                return action;
        return nullptr;
    }
    std::optional<DomainDocument> baselineOf() const {
        DocumentError error;
        return DomainDocument::fromFile(m_path, &error);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<MainWindow> m_window;
    ScriptedChooser m_chooser{GuestChangesDialog::Choice::Cancel, {}};
};

QTEST_MAIN(TestGuestChangesDialog)
#include "tst_guestchangesdialog.moc"
