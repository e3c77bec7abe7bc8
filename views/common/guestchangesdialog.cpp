#include "guestchangesdialog.h"

#include "common/editorcontext.h"
#include "common/edits.h"
#include "diff/domaindiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pcitopo {

namespace {
GuestChangesDialog::Chooser& chooser() {
    static GuestChangesDialog::Chooser instance;
    return instance;
}

// An interface's address change names its new Linux name only in its consequence (domaindiff's
// "Linux renames A → B"); said first, since it is what breaks a guest's network configuration.
QString renameOf(const DomainChange& change) {
    static const QRegularExpression rename(QStringLiteral("Linux renames (\\S+) → (\\S+?);"));
    const QRegularExpressionMatch match = rename.match(change.why);
    return match.hasMatch() ? GuestChangesDialog::tr("This save renames %1 to %2 in the guest.")
                                  .arg(match.captured(1), match.captured(2))
                            : QString();
}

QString sentenceOf(const DomainChange& c) {
    if (c.kind == u"linux-name")
        return GuestChangesDialog::tr("This save renames %1 to %2 in the guest (%3).")
            .arg(c.before, c.after, c.subject);
    if (c.kind == u"address") {
        const QString moves = GuestChangesDialog::tr("%1 moves from %2 to %3 — %4.")
                                  .arg(c.subject, c.before, c.after, c.why);
        const QString rename = renameOf(c);
        return rename.isEmpty() ? moves : rename + u' ' + moves;
    }
    if (c.kind == u"added")
        return GuestChangesDialog::tr("%1 is new at %2 — %3.").arg(c.subject, c.after, c.why);
    if (c.kind == u"removed")
        return GuestChangesDialog::tr("%1 is removed from %2 — %3.")
            .arg(c.subject, c.before, c.why);
    return GuestChangesDialog::tr("%1 changes from %2 to %3 — %4.")
        .arg(c.subject, c.before, c.after, c.why);
}
} // namespace

GuestChangesDialog::GuestChangesDialog(const QStringList& changes, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Changes the Guest Will See"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Saving changes what the guest sees since the domain was "
                                  "opened or last saved:"),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* list = new QListWidget(this);
    list->setAccessibleName(tr("Guest-visible changes"));
    list->setWordWrap(true);
    list->addItems(changes);
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    QPushButton* keep =
        buttons->addButton(tr("&Keep the Old Addresses"), QDialogButtonBox::ActionRole);
    keep->setToolTip(tr("Move the devices back to their old addresses (one undo step), then save"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Save;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepOldAddresses;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 320);
}

QStringList GuestChangesDialog::describe(const DomainDocument& before, const DomainDocument& after,
                                         const RuleTable& rules) {
    QStringList sentences;
    if (before.text() == after.text())
        return sentences;
    for (const DomainChange& change : diffDomains(before, after, rules).changes)
        if (change.guestVisible())
            sentences << sentenceOf(change);
    return sentences;
}

GuestChangesDialog::Choice GuestChangesDialog::ask(const QStringList& changes, QWidget* parent) {
    if (chooser())
        return chooser()(changes);
    GuestChangesDialog dialog(changes, parent);
    dialog.exec();
    return dialog.choice();
}

void GuestChangesDialog::setChooser(Chooser chooser) {
    pcitopo::chooser() = std::move(chooser);
}

bool GuestChangesDialog::review(EditorContext* context, const DomainDocument& baseline,
                                QWidget* parent, QString* message) {
    const QStringList changes = describe(baseline, context->document(), context->rules());
    if (changes.isEmpty())
        return true;
    const Choice choice = ask(changes, parent);
    if (choice != Choice::KeepOldAddresses)
        return choice == Choice::Save;
    QStringList kept, left;
    if (auto command = edits::keepOldAddresses(*context, baseline, &kept, &left);
        command && !context->execute(std::move(command))) {
        *message = tr("The old addresses could not be restored; nothing was saved.");
        return false;
    }
    QStringList parts;
    if (!kept.isEmpty())
        parts << tr("Kept the old addresses: %1.").arg(kept.join(QStringLiteral(", ")));
    if (!left.isEmpty())
        parts << tr("Not restored: %1.").arg(left.join(QStringLiteral("; ")));
    *message = parts.join(u' ');
    return true;
}

} // namespace pcitopo
