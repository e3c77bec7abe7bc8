#include "autoassigndialog.h"

#include "commands/devicecommands.h"
#include "common/editorcontext.h"
#include "common/theme.h"
#include "placement/libvirtplacement.h"
#include "session/documentsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pcitopo {

namespace {
QList<TextSplice> placementSplices(const DomainDocument&, const LibvirtPlacement&) {
    return {}; // filled in when the placer's applyPlacement lands
}
} // namespace

AutoAssignDialog::AutoAssignDialog(EditorContext* context, QWidget* parent)
    : QDialog(parent), m_context(context) {
    setWindowTitle(tr("Auto-assign addresses"));
    m_policy = new QComboBox(this);
    m_policy->addItem(tr("libvirt — exactly what virsh define would write"),
                      QStringLiteral("libvirt"));
    m_policy->setAccessibleName(tr("Placement policy"));
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Policy:"), m_policy);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_changes);
    splitter->addWidget(m_diff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(820, 600);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &AutoAssignDialog::preview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    preview();
}

void AutoAssignDialog::preview() {
    m_changes->clear();
    m_diff->clear();
    const DomainDocument& document = m_context->document();
    const Topology& topology = m_context->topology();
    const LibvirtPlacement placement =
        placeLikeLibvirt(topology.inventory(), m_context->rules(), &document);
    for (const PlacedAddress& placed : placement.addresses) {
        if (placed.device.origin != DeviceOrigin::Inventory || !(placed.assigned || placed.moved))
            continue;
        const Device& device = topology.inventory().devices.at(placed.device.index);
        auto* row = new QTreeWidgetItem(
            m_changes, {Topology::labelFor(device, m_context->rules(), topology.machine()),
                        device.pciAddress ? device.pciAddress->toShortString() : tr("none"),
                        placed.address.toShortString()});
        row->setIcon(0, theme::icon(iconClassName(Topology::iconFor(device))));
    }
    for (const PciControllerInfo* added : placement.addedControllers()) {
        auto* row = new QTreeWidgetItem(
            m_changes, {tr("new %1 (index %2)").arg(added->model).arg(added->index), tr("—"),
                        added->address ? added->address->toShortString() : QString()});
        row->setIcon(0, theme::icon(QStringLiteral("controller")));
    }
    for (const PlacementError& error : placement.errors) {
        auto* row = new QTreeWidgetItem(m_changes, {error.message, QString(), QString()});
        row->setIcon(0, theme::icon(QStringLiteral("severity-error")));
        row->setFirstColumnSpanned(true);
    }
    m_changes->resizeColumnToContents(0);

    m_splices = placement.refused() ? QList<TextSplice>{} : placementSplices(document, placement);
    QStringList diff;
    for (const TextSplice& splice : std::as_const(m_splices)) {
        diff << tr("@ line %1").arg(document.locationOfOffset(splice.offset).line);
        for (const QString& line : splice.removed.split(u'\n', Qt::SkipEmptyParts))
            diff << QStringLiteral("- ") + line;
        for (const QString& line : splice.inserted.split(u'\n', Qt::SkipEmptyParts))
            diff << QStringLiteral("+ ") + line;
    }
    m_diff->setPlainText(diff.join(u'\n'));
    if (placement.refused())
        m_summary->setText(tr("libvirt would refuse this domain; fix the problems first."));
    else if (m_splices.isEmpty())
        m_summary->setText(tr("Nothing to change: every device already has its address."));
    else
        m_summary->setText(tr("%n edit(s) to the XML; Apply makes them one undoable step.", nullptr,
                              int(m_splices.size())));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!m_splices.isEmpty());
}

bool AutoAssignDialog::apply() {
    if (m_splices.isEmpty())
        return false;
    return m_context->execute(std::make_unique<ApplySplicesCommand>(
        m_context->session()->document(), m_splices,
        tr("Auto-assign (%1)").arg(m_policy->currentData().toString())));
}

} // namespace pcitopo
