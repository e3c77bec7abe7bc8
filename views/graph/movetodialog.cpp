#include "movetodialog.h"

#include "common/editorcontext.h"
#include "common/slotranking.h"
#include "common/theme.h"
#include "rules/ruletext.h"
#include "slotdescription.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pcitopo {

namespace {
enum Column { AddressColumn, SlotColumn, VerdictColumn };
constexpr int CellIndexRole = Qt::UserRole + 1;

// The graph's verdict colours and icons (SlotItem), so the list speaks the drag's language.
QColor verdictColour(Verdict verdict) {
    return verdict == Verdict::LegalHotpluggable      ? theme::LegalGreen
           : verdict == Verdict::LegalNotHotpluggable ? theme::WarningAmber
                                                      : theme::ErrorRed;
}
QString verdictIconName(Verdict verdict) {
    return verdict == Verdict::LegalHotpluggable      ? QStringLiteral("verdict-ok")
           : verdict == Verdict::LegalNotHotpluggable ? QStringLiteral("verdict-warn")
                                                      : QStringLiteral("verdict-bad");
}
QString verdictSymbol(Verdict verdict) {
    return verdict == Verdict::LegalHotpluggable      ? QStringLiteral("✓")
           : verdict == Verdict::LegalNotHotpluggable ? QStringLiteral("⚠")
                                                      : QStringLiteral("✕");
}
} // namespace

MoveToDialog::MoveToDialog(EditorContext* context, int deviceIndex, QWidget* parent)
    : MoveToDialog(context, DropCandidate::existingDevice(deviceIndex),
                   Topology::labelFor(context->topology().inventory().devices.at(deviceIndex),
                                      context->rules(), context->machine()),
                   false, parent) {}

MoveToDialog::MoveToDialog(EditorContext* context, const DropCandidate& candidate,
                           const QString& label, bool adding, QWidget* parent)
    : QDialog(parent), m_context(context), m_candidate(candidate) {
    setWindowTitle(adding ? tr("Add %1 to…").arg(label) : tr("Move %1 to…").arg(label));
    auto* intro = new QLabel(tr("Choose the slot for %1. Green (✓) slots take it and can "
                                "hot-plug it, amber (⚠) slots take it without hotplug, red (✕) "
                                "slots cannot take it.")
                                 .arg(label),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Address"), tr("Slot"), tr("Verdict")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleName(tr("Slots"));
    m_list->setAccessibleDescription(tr("Every slot of the domain with whether it can take %1, "
                                        "and why")
                                         .arg(label));
    intro->setBuddy(m_list);
    m_hideIllegal = new QCheckBox(tr("&Hide slots that cannot take it"), this);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_why->setAccessibleName(tr("Why"));
    m_why->setMinimumHeight(m_why->fontMetrics().lineSpacing() * 4);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Move"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hideIllegal);
    layout->addWidget(m_why);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hideIllegal, &QCheckBox::toggled, this, &MoveToDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MoveToDialog::updateDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (chosenCell())
            accept();
    });
    fillList();
    resize(980, 560);
}

void MoveToDialog::fillList() {
    const Topology& topology = m_context->topology();
    m_verdicts = allVerdicts(topology, m_candidate);
    sortBestFirst(topology, m_verdicts); // the first row is the one to take
    QTreeWidgetItem* firstLegal = nullptr;
    for (int i = 0; i < m_verdicts.size(); ++i) {
        const CellVerdict& cell = m_verdicts.at(i);
        const Verdict verdict = cell.verdict.verdict;
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(AddressColumn, theme::icon(verdictIconName(verdict)));
        item->setText(AddressColumn, cellAddressText(cell));
        item->setText(SlotColumn, SlotDescription::describe(topology, cell.bus, cell.slot));
        item->setText(VerdictColumn, SlotDescription::describeVerdict(cell.verdict));
        item->setToolTip(VerdictColumn, cell.verdict.reason);
        QColor tint = verdictColour(verdict);
        tint.setAlpha(60); // as the graph's cell tint: the text stays readable on it
        for (int column = AddressColumn; column <= VerdictColumn; ++column)
            item->setBackground(column, tint);
        item->setData(AddressColumn, CellIndexRole, i);
        if (!firstLegal && cell.verdict.isLegal())
            firstLegal = item;
    }
    m_list->header()->setSectionResizeMode(AddressColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SlotColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(SlotColumn, 300);
    m_list->header()->setStretchLastSection(true); // the verdict wraps instead of being cut
    m_list->setCurrentItem(firstLegal ? firstLegal : m_list->topLevelItem(0));
    updateDetails();
    // ui.md: where no cell is legal, say what to add.
    if (!firstLegal) {
        const QString toAdd = controllerToAddFor(topology, m_candidate);
        m_why->setText(toAdd.isEmpty() ? tr("No slot can take it.")
                                       : tr("No slot can take it: add a %1 first.").arg(toAdd));
    }
}

std::optional<CellVerdict> MoveToDialog::chosenCell() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    const CellVerdict& cell = m_verdicts.at(item->data(AddressColumn, CellIndexRole).toInt());
    return cell.verdict.isLegal() ? std::optional<CellVerdict>(cell) : std::nullopt;
}

bool MoveToDialog::selectCell(int bus, int slot) {
    for (int i = 0; i < m_verdicts.size(); ++i)
        if (m_verdicts.at(i).bus == bus && m_verdicts.at(i).slot == slot) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void MoveToDialog::updateDetails() {
    const QTreeWidgetItem* item = m_list->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenCell().has_value());
    if (!item) {
        m_why->clear();
        return;
    }
    const SlotVerdict& verdict =
        m_verdicts.at(item->data(AddressColumn, CellIndexRole).toInt()).verdict;
    QString text =
        verdictSymbol(verdict.verdict) + u' ' +
        cellAddressText(m_verdicts.at(item->data(AddressColumn, CellIndexRole).toInt())) +
        QStringLiteral(": ") + verdict.reason;
    // The rule's teaching text is the "Why?" of the drag tooltip (ui.md).
    if (const RuleInfo* rule =
            verdict.ruleKey.isEmpty() ? nullptr : m_context->rules().rule(verdict.ruleKey);
        rule && !rule->teaching.isEmpty() && rule->teaching != verdict.reason)
        text += QStringLiteral("\n\n") +
                tr("Why (%1): %2").arg(rule->key, translatedRuleText(rule->teaching));
    m_why->setText(text);
}

void MoveToDialog::applyFilter() {
    const bool hide = m_hideIllegal->isChecked();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        m_list->topLevelItem(i)->setHidden(hide && !m_verdicts.at(i).verdict.isLegal());
    if (m_list->currentItem() && m_list->currentItem()->isHidden())
        m_list->setCurrentItem(nullptr);
    updateDetails();
}

} // namespace pcitopo
