#include "autoassigndialog.h"

#include "commands/devicecommands.h"
#include "common/editorcontext.h"
#include "common/theme.h"
#include "session/documentsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pcitopo {

AutoAssignDialog::AutoAssignDialog(EditorContext* context, QWidget* parent)
    : QDialog(parent), m_context(context) {
    setWindowTitle(tr("Auto-assign addresses"));
    m_policy = new QComboBox(this);
    m_policy->addItem(tr("libvirt — exactly what virsh define would write"),
                      int(PolicySpec::Kind::Libvirt));
    m_policy->addItem(tr("integrated — endpoints on the root bus while its slots last"),
                      int(PolicySpec::Kind::Integrated));
    m_policy->addItem(tr("numa — devices behind an expander bus on their NUMA node"),
                      int(PolicySpec::Kind::Numa));
    m_policy->addItem(tr("reserve — libvirt's layout plus spare hotplug ports"),
                      int(PolicySpec::Kind::Reserve));
    m_policy->setAccessibleName(tr("Placement policy"));
    m_reserve = new QSpinBox(this);
    m_reserve->setRange(0, 240);
    m_reserve->setValue(2);
    m_reserve->setSuffix(tr(" spare port(s)"));
    m_reserve->setAccessibleName(tr("Spare hotplug ports to reserve"));
    m_changes = new QTreeWidget(this);
    m_changes->setHeaderLabels({tr("Device"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAccessibleName(tr("Changes"));
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("XML edits"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);

    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_reserve);
    auto* form = new QFormLayout;
    auto* policyLabel = new QLabel(tr("&Policy:"), this);
    policyLabel->setBuddy(m_policy);
    form->addRow(policyLabel, policyRow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_changes);
    splitter->addWidget(m_diff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(860, 620);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &AutoAssignDialog::updatePreview);
    connect(m_reserve, &QSpinBox::valueChanged, this, &AutoAssignDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    updatePreview();
}

PolicySpec AutoAssignDialog::currentSpec() const {
    PolicySpec spec;
    spec.kind = PolicySpec::Kind(m_policy->currentData().toInt());
    spec.reserve = spec.kind == PolicySpec::Kind::Reserve ? m_reserve->value() : 0;
    return spec;
}

void AutoAssignDialog::updatePreview() {
    const PolicySpec spec = currentSpec();
    m_reserve->setEnabled(spec.kind == PolicySpec::Kind::Reserve);
    const DomainDocument& document = m_context->document();
    m_preview =
        AutoAssignPreview::compute(document, m_context->rules(), spec, m_context->analysis());

    m_changes->clear();
    for (const AutoAssignPreview::Row& row : std::as_const(m_preview.rows)) {
        auto* item = new QTreeWidgetItem(
            m_changes, {row.added ? tr("new: %1").arg(row.device) : row.device,
                        row.before == u"none" ? tr("none") : row.before, row.after});
        item->setIcon(0, theme::icon(row.iconName));
    }
    const auto addMessages = [this](const QStringList& messages, const QString& icon) {
        for (const QString& message : messages) {
            auto* item = new QTreeWidgetItem(m_changes, {message});
            item->setIcon(0, theme::icon(icon));
            item->setFirstColumnSpanned(true);
        }
    };
    addMessages(m_preview.errors, QStringLiteral("severity-error"));
    addMessages(m_preview.warnings, QStringLiteral("severity-warning"));
    m_changes->resizeColumnToContents(0);

    m_diff->setPlainText(m_preview.hunks.join(u'\n'));
    if (!m_preview.errors.isEmpty())
        m_summary->setText(tr("This policy cannot be applied: see the errors below."));
    else if (m_preview.splices.isEmpty())
        m_summary->setText(tr("Nothing to change: every device already has its address."));
    else
        m_summary->setText(tr("%n change(s) to the XML; Apply makes them one undoable step.",
                              nullptr, m_preview.hunkCount));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_preview.canApply());
}

bool AutoAssignDialog::apply() {
    if (!m_preview.canApply())
        return false;
    DomainDocument& document = m_context->session()->document();
    if (!m_preview.appliesTo(document))
        updatePreview(); // the document changed under the dialog: preview again first
    if (!m_preview.canApply())
        return false;
    // Exactly the splices the preview showed: no second plan on Apply.
    return m_context->execute(std::make_unique<ApplySplicesCommand>(
        document, m_preview.splices, tr("Auto-assign (%1)").arg(currentSpec().name())));
}

} // namespace pcitopo
