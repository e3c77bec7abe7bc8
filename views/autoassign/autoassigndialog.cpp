#include "autoassigndialog.h"

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
    form->addRow(tr("&Policy:"), policyRow);
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
    m_preview = AutoAssignPreview::compute(document, m_context->rules(), spec);

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

    // Each splice's offset is in the text as the earlier splices left it.
    QString text = document.text();
    QStringList diff;
    for (const TextSplice& splice : std::as_const(m_preview.splices)) {
        const int line = int(QStringView(text).left(splice.offset).count(u'\n')) + 1;
        diff << tr("@@ line %1").arg(line);
        for (const QString& removed : splice.removed.split(u'\n', Qt::SkipEmptyParts))
            diff << QStringLiteral("- ") + removed;
        for (const QString& inserted : splice.inserted.split(u'\n', Qt::SkipEmptyParts))
            diff << QStringLiteral("+ ") + inserted;
        text.replace(splice.offset, splice.removed.size(), splice.inserted);
    }
    m_diff->setPlainText(diff.join(u'\n'));
    if (!m_preview.errors.isEmpty())
        m_summary->setText(tr("This policy cannot be applied: see the errors below."));
    else if (m_preview.splices.isEmpty())
        m_summary->setText(tr("Nothing to change: every device already has its address."));
    else
        m_summary->setText(tr("%n change(s) to the XML; Apply makes them one undoable step.",
                              nullptr, int(m_preview.splices.size())));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_preview.canApply());
}

bool AutoAssignDialog::apply() {
    if (!m_preview.canApply())
        return false;
    const PolicySpec spec = currentSpec();
    DomainDocument& document = m_context->session()->document();
    const PolicyPlan plan = makePolicy(spec)->plan(document, m_context->rules());
    return m_context->execute(makePolicyCommand(
        document, plan, tr("Auto-assign (%1)").arg(spec.name()), m_context->rules()));
}

} // namespace pcitopo
