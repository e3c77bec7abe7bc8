#include "problemsview.h"

#include "fixtext.h"
#include "session/documentsession.h"
#include "validation/waivers.h"

#include "rules/ruletext.h"

#include "common/editorcontext.h"
#include "common/edits.h"
#include "common/theme.h"
#include "explain/whydialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace pcitopo {

namespace {
// The model's severity names are stable English keywords (CLI, JSON); the panel speaks the
// user's language.
QString severityText(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return ProblemsView::tr("error");
    case Severity::Warning:
        return ProblemsView::tr("warning");
    case Severity::Info:
        break;
    }
    return ProblemsView::tr("note");
}

QString severityIconName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("severity-error");
    case Severity::Warning:
        return QStringLiteral("severity-warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("severity-info");
}
} // namespace

ProblemsView::ProblemsView(EditorContext* context, QWidget* parent)
    : QWidget(parent), m_context(context) {
    setAccessibleName(tr("Problems"));
    setAccessibleDescription(tr("What libvirt or QEMU would refuse or warn about, why, and the "
                                "fix"));
    m_model = new QStandardItemModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAccessibleName(tr("Problems"));
    m_tree->setAccessibleDescription(tr("Every problem libvirt or QEMU would report; press Enter "
                                        "to select the element at fault"));

    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("Problem explanation"));
    m_details->setOpenExternalLinks(false);
    m_fixButton = new QPushButton(theme::icon(QStringLiteral("fix")), tr("&Fix"), this);
    m_fixButton->setAccessibleName(tr("Apply the suggested fix"));
    m_fixButton->setEnabled(false);
    m_whyButton = new QPushButton(tr("&Why?"), this);
    m_whyButton->setAccessibleName(tr("Explain this problem, with the libvirt documentation"));
    m_whyButton->setEnabled(false);
    m_waiveButton = new QPushButton(tr("&Waive"), this);
    m_waiveButton->setAccessibleName(
        tr("Waive this warning or note, or restore it (kept in the domain's metadata)"));
    m_waiveButton->setEnabled(false);

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_waiveButton);
    buttons->addWidget(m_whyButton);
    buttons->addWidget(m_fixButton);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_context, &EditorContext::refreshed, this, &ProblemsView::rebuild);
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex& index) { activate(index.row()); });
    // A single click selects the element at fault too (activation may need a double click).
    connect(m_tree, &QTreeView::clicked, this,
            [this](const QModelIndex& index) { activate(index.row()); });
    connect(m_fixButton, &QPushButton::clicked, this, [this] { applyFix(currentRow()); });
    connect(m_waiveButton, &QPushButton::clicked, this, [this] { toggleWaiver(currentRow()); });
    connect(m_whyButton, &QPushButton::clicked, this,
            [this] { WhyDialog::show(this, explanationFor(currentRow())); });
    rebuild();
}

int ProblemsView::problemCount() const {
    return int(m_shown.size());
}

int ProblemsView::currentRow() const {
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ProblemsView::rebuild() {
    const int keepRow = currentRow();
    m_shown = m_context->hasDocument() ? m_context->diagnostics() : QList<Diagnostic>{};
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Severity"), tr("Message"), tr("Line"), tr("Fix")});
    int errors = 0, warnings = 0, infos = 0, waived = 0;
    for (const Diagnostic& diagnostic : std::as_const(m_shown)) {
        auto* severity = new QStandardItem(
            theme::icon(severityIconName(diagnostic.severity)),
            diagnostic.waived ? tr("%1 (waived)").arg(severityText(diagnostic.severity))
                              : severityText(diagnostic.severity));
        auto* message = new QStandardItem(diagnostic.message);
        message->setToolTip(translatedRuleText(diagnostic.explanation));
        auto* line = new QStandardItem(
            diagnostic.location.line > 0 ? QString::number(diagnostic.location.line) : QString());
        auto* fix = new QStandardItem(fixText(diagnostic.fix));
        if (diagnostic.waived)
            for (QStandardItem* item : {severity, message, line, fix})
                item->setForeground(theme::TextMuted);
        m_model->appendRow({severity, message, line, fix});
        waived += diagnostic.waived;
        errors += diagnostic.severity == Severity::Error;
        warnings += !diagnostic.waived && diagnostic.severity == Severity::Warning;
        infos += !diagnostic.waived && diagnostic.severity == Severity::Info;
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsView::showDetails, Qt::UniqueConnection);
    // The details pane explains the first problem until the user picks another.
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(
            m_model->index(keepRow >= 0 && keepRow < m_model->rowCount() ? keepRow : 0, 0));
    showDetails();
    emit summaryChanged(
        tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
        tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ") +
        tr("%n note(s)", nullptr, infos) +
        (waived > 0 ? QStringLiteral(", ") + tr("%n waived", nullptr, waived) : QString()));
}

void ProblemsView::showDetails() {
    const int row = currentRow();
    if (row < 0 || row >= m_shown.size()) {
        m_details->setHtml(m_shown.isEmpty() ? tr("<p>No problems.</p>")
                                             : tr("<p>Select a problem to see why.</p>"));
        m_fixButton->setEnabled(false);
        m_fixButton->setText(tr("&Fix"));
        m_whyButton->setEnabled(false);
        m_waiveButton->setEnabled(false);
        return;
    }
    const Diagnostic& diagnostic = m_shown.at(row);
    QString html =
        QStringLiteral("<p><b>") + diagnostic.message.toHtmlEscaped() + QStringLiteral("</b></p>");
    if (!diagnostic.explanation.isEmpty())
        html += QStringLiteral("<p>") + translatedRuleText(diagnostic.explanation).toHtmlEscaped() +
                QStringLiteral("</p>");
    if (!diagnostic.rule.isEmpty() || !diagnostic.code.isEmpty())
        html += QStringLiteral("<p><small>") +
                tr("Rule %1 · %2").arg(diagnostic.rule, diagnostic.code) +
                QStringLiteral("</small></p>");
    m_details->setHtml(html);
    m_fixButton->setEnabled(!diagnostic.fix.isNone());
    m_whyButton->setEnabled(explanationFor(row).isValid());
    m_waiveButton->setEnabled(canWaive(diagnostic));
    m_waiveButton->setText(diagnostic.waived ? tr("&Restore") : tr("&Waive"));
    m_fixButton->setText(diagnostic.fix.isNone() ? tr("&Fix")
                                                 : tr("&Fix: %1").arg(fixText(diagnostic.fix)));
}

void ProblemsView::activate(int row) {
    if (row < 0 || row >= m_shown.size())
        return;
    m_context->select(m_shown.at(row).element);
}

Explanation ProblemsView::explanationFor(int row) const {
    Explanation none;
    none.error = tr("No problem selected");
    if (row < 0 || row >= m_shown.size())
        return none;
    const Explainer explainer(m_context->rules());
    const Diagnostic& diagnostic = m_shown.at(row);
    const Explanation byCode = explainer.explainDiagnostic(diagnostic.code);
    return byCode.isValid() || diagnostic.rule.isEmpty() ? byCode
                                                         : explainer.explainRule(diagnostic.rule);
}

bool ProblemsView::toggleWaiver(int row) {
    if (row < 0 || row >= m_shown.size() || !canWaive(m_shown.at(row)))
        return false;
    DomainDocument& document = m_context->session()->document();
    const Diagnostic& diagnostic = m_shown.at(row);
    if (diagnostic.waived)
        return m_context->execute(std::make_unique<RestoreWaivedCommand>(document, diagnostic));
    return m_context->execute(std::make_unique<WaiveCommand>(document, diagnostic));
}

bool ProblemsView::applyFix(int row) {
    if (row < 0 || row >= m_shown.size() || m_shown.at(row).fix.isNone())
        return false;
    return m_context->execute(edits::applyFix(*m_context, m_shown.at(row).fix));
}

} // namespace pcitopo
