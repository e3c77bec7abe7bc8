#include "inspectorview.h"

#include "rules/ruletext.h"

#include "common/editorcontext.h"
#include "common/edits.h"
#include "common/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <algorithm>

namespace pcitopo {

namespace {
QString hex2(int value) {
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString hotplugText(HotplugState state) {
    switch (state) {
    case HotplugState::Hotpluggable:
        return QObject::tr("✓ hotpluggable");
    case HotplugState::HotplugOff:
        return QObject::tr("⚠ hotplug='off'");
    case HotplugState::NotHotpluggable:
        break;
    }
    return QObject::tr("⚠ not hotpluggable");
}

// Parses "BB:SS.F" or "DDDD:BB:SS.F" (hex), libvirt's short notation.
std::optional<PciAddress> parseShortAddress(const QString& text) {
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const QStringList slotFunction = parts.last().split(u'.');
    if (slotFunction.size() != 2)
        return std::nullopt;
    bool ok[4] = {true, true, true, true};
    PciAddress address;
    address.domain = parts.size() == 3 ? parts.first().toInt(&ok[0], 16) : 0;
    address.bus = parts.at(parts.size() - 2).toInt(&ok[1], 16);
    address.slot = slotFunction.at(0).toInt(&ok[2], 16);
    address.function = slotFunction.at(1).toInt(&ok[3], 16);
    if (!(ok[0] && ok[1] && ok[2] && ok[3]) || address.bus > 255 || address.slot > 31 ||
        address.function > 7)
        return std::nullopt;
    return address;
}
} // namespace

InspectorView::InspectorView(EditorContext* context, QWidget* parent)
    : QWidget(parent), m_context(context) {
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_element = new QLabel(this);
    m_model = new QLabel(this);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("none: libvirt assigns one"));
    m_address->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([0-9a-fA-F]{1,4}:)?[0-9a-fA-F]{1,2}:[0-9a-fA-F]{1,2}"
                                          "\\.[0-7]$|^$")),
        m_address));
    m_address->setAccessibleName(tr("PCI address"));
    m_address->setToolTip(tr("bus:slot.function in hex, e.g. 01:00.0; press Enter to move the "
                             "device there, clear it to let libvirt assign one"));
    m_bus = new QLabel(this);
    m_guestBus = new QLabel(this);
    m_guestAddress = new QLabel(this);
    m_guestAddress->setToolTip(tr("The bus:slot.function the guest (lspci) sees once libvirt has "
                                  "defined the domain and the firmware has numbered its buses"));
    m_slotHotplug = new QLabel(this);
    m_multifunction = new QComboBox(this);
    m_multifunction->addItem(tr("not set"), QString());
    m_multifunction->addItem(tr("on"), QStringLiteral("on"));
    m_multifunction->addItem(tr("off"), QStringLiteral("off"));
    m_multifunction->setAccessibleName(tr("Multifunction"));
    m_hotplug = new QComboBox(this);
    m_hotplug->addItem(tr("default (on)"), QString());
    m_hotplug->addItem(tr("on"), QStringLiteral("on"));
    m_hotplug->addItem(tr("off"), QStringLiteral("off"));
    m_hotplug->setAccessibleName(tr("Hotplug of this controller's slots"));
    m_numaNode = new QComboBox(this);
    m_numaNode->setAccessibleName(tr("NUMA node"));
    m_numaNode->setToolTip(tr("The guest NUMA node of an expander bus (<target><node>): the "
                              "devices behind it belong to that node"));
    m_ownBus = new QLabel(this);
    m_teaching = new QLabel(this);
    m_teaching->setWordWrap(true);
    m_teaching->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_teaching->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Element:"), m_element);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("On bus:"), m_bus);
    form->addRow(tr("Guest bus number:"), m_guestBus);
    form->addRow(tr("Guest address:"), m_guestAddress);
    form->addRow(tr("Slot hotplug:"), m_slotHotplug);
    form->addRow(tr("&Multifunction:"), m_multifunction);
    form->addRow(tr("Own bus:"), m_ownBus);
    form->addRow(tr("&Hotplug:"), m_hotplug);
    form->addRow(tr("&NUMA node:"), m_numaNode);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_teaching, 1);
    setAccessibleName(tr("Inspector"));
    setAccessibleDescription(tr("The selected device or controller: its address, bus and slot "
                                "hotplug, and what the rules say about it"));
    m_teaching->setAccessibleName(tr("What the rules say"));
    m_teaching->setObjectName(QStringLiteral("teaching"));

    connect(m_context, &EditorContext::refreshed, this, [this] {
        m_guestView.reset();
        rebuild();
    });
    connect(m_context, &EditorContext::selectionChanged, this, &InspectorView::rebuild);
    connect(m_address, &QLineEdit::returnPressed, this, &InspectorView::applyAddress);
    connect(m_multifunction, &QComboBox::activated, this, &InspectorView::applyMultifunction);
    connect(m_hotplug, &QComboBox::activated, this, &InspectorView::applyHotplug);
    connect(m_numaNode, &QComboBox::activated, this, &InspectorView::applyNumaNode);
    rebuild();
}

void InspectorView::rebuild() {
    m_updating = true;
    m_shown = NoElement;
    const int deviceIndex =
        m_context->hasDocument() ? m_context->topology().deviceIndexOf(m_context->selection()) : -1;
    if (deviceIndex < 0)
        showNothing();
    else
        showDevice(m_context->topology().inventory().devices.at(deviceIndex), deviceIndex);
    m_updating = false;
}

void InspectorView::showNothing() {
    m_title->setText(tr("Nothing selected"));
    m_teaching->setText(tr("Select a device or controller in the graph, the tree or the XML."));
    for (QLabel* label :
         {m_element, m_model, m_bus, m_guestBus, m_guestAddress, m_slotHotplug, m_ownBus})
        label->clear();
    m_address->clear();
    m_numaNode->clear();
    for (QWidget* field : {static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_multifunction),
                           static_cast<QWidget*>(m_hotplug), static_cast<QWidget*>(m_numaNode)})
        field->setEnabled(false);
}

void InspectorView::showDevice(const Device& device, int deviceIndex) {
    const Topology& topology = m_context->topology();
    m_shown = device.element;
    m_title->setText(Topology::labelFor(device, m_context->rules(), m_context->machine()));
    m_element->setText(tr("<%1> at line %2").arg(device.elementName).arg(device.location.line));
    m_model->setText(device.model.isEmpty() ? device.type : device.model);
    const EndpointRule* rule = m_context->rules().endpointRule(device);
    const ControllerModelRule* controller =
        device.isController(u"pci") ? m_context->rules().controllerModel(device.model) : nullptr;
    m_teaching->setText(translatedRuleText(controller ? controller->info.teaching
                                           : rule     ? rule->info.teaching
                                                      : QString()));

    const bool wantsPci = rule || controller;
    m_address->setEnabled(wantsPci && !(controller && controller->isRoot));
    m_address->setText(device.pciAddress ? device.pciAddress->toShortString() : QString());
    const std::optional<PciAddress> shownAt = topology.placementOf(deviceIndex);
    const Bus* bus = shownAt ? topology.bus(shownAt->bus) : nullptr;
    m_bus->setText(bus ? tr("%1 (index %2)").arg(bus->displayName()).arg(bus->index)
                       : tr("not placed"));
    m_guestBus->setText(bus && bus->guestBusNumber >= 0 ? hex2(bus->guestBusNumber) : tr("—"));
    m_guestAddress->setText(guestAddressText(deviceIndex));
    const Slot* slot = bus && shownAt ? bus->slot(shownAt->slot) : nullptr;
    m_slotHotplug->setText(slot ? hotplugText(slot->hotplug) : tr("—"));

    m_multifunction->setEnabled(device.pciAddress.has_value());
    const QString mf =
        !device.pciAddress || !device.pciAddress->multifunction
            ? QString()
            : (*device.pciAddress->multifunction ? QStringLiteral("on") : QStringLiteral("off"));
    m_multifunction->setCurrentIndex(m_multifunction->findData(mf));

    const Bus* own = device.index && controller ? topology.bus(*device.index) : nullptr;
    m_ownBus->setText(own ? tr("index %1 · guest bus %2")
                                .arg(own->index)
                                .arg(own->guestBusNumber >= 0 ? hex2(own->guestBusNumber) : tr("—"))
                          : tr("—"));
    m_hotplug->setEnabled(controller && controller->hotplugOption);
    m_hotplug->setCurrentIndex(m_hotplug->findData(device.target.value(QStringLiteral("hotplug"))));
    showNumaNode(device, own);
}

// "0000:02:00.0 · Linux enp2s0": where the guest finds the device once libvirt defines the domain.
QString InspectorView::guestAddressText(int deviceIndex) {
    if (!m_guestView)
        m_guestView = GuestView::compute(m_context->document(), m_context->rules());
    const GuestElement* row = m_guestView->elementOfDevice(deviceIndex);
    if (!row || !row->guestAddress)
        return tr("—");
    QString text = fullAddressString(*row->guestAddress);
    if (row->assignedBy == AddressOrigin::Libvirt)
        text += tr(" (libvirt assigns it)");
    if (!row->linuxName.isEmpty())
        text += tr(" · Linux %1").arg(row->linuxName);
    return text;
}

// An expander bus offers "none" and the domain's <cpu><numa> cells (plus its current node when
// that is beyond them, so the field never hides what the XML says); any other device shows the
// node it inherits, read-only.
void InspectorView::showNumaNode(const Device& device, const Bus* ownBus) {
    m_numaNode->clear();
    const bool expander = ownBus && ownBus->isExpander;
    m_numaNode->setEnabled(expander);
    if (!expander) {
        m_numaNode->addItem(ownBus && ownBus->numaNode ? tr("%1 (inherited)").arg(*ownBus->numaNode)
                                                       : tr("—"));
        return;
    }
    m_numaNode->addItem(tr("none"), -1);
    bool ok = false;
    const int current = device.targetNumaNode ? device.targetNumaNode->toInt(&ok) : -1;
    const int cells =
        std::max(m_context->topology().inventory().numaCellCount, ok ? current + 1 : 0);
    for (int cell = 0; cell < cells; ++cell)
        m_numaNode->addItem(QString::number(cell), cell);
    if (device.targetNumaNode && !ok) // malformed: shown as written, choosing it changes nothing
        m_numaNode->addItem(tr("%1 (invalid)").arg(*device.targetNumaNode), QVariant());
    m_numaNode->setCurrentIndex(device.targetNumaNode && !ok ? m_numaNode->count() - 1
                                                             : m_numaNode->findData(current));
}

void InspectorView::applyAddress() {
    if (m_updating || m_shown == NoElement)
        return;
    const QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        m_context->execute(edits::removeAddress(*m_context, m_shown));
        return;
    }
    if (const auto address = parseShortAddress(text))
        m_context->execute(edits::moveDevice(*m_context, m_shown, *address));
}

void InspectorView::applyMultifunction() {
    if (m_updating || m_shown == NoElement)
        return;
    m_context->execute(
        edits::setMultifunction(*m_context, m_shown, m_multifunction->currentData().toString()));
}

void InspectorView::applyHotplug() {
    if (m_updating || m_shown == NoElement)
        return;
    m_context->execute(
        edits::setControllerHotplug(*m_context, m_shown, m_hotplug->currentData().toString()));
}

void InspectorView::applyNumaNode() {
    const QVariant node = m_numaNode->currentData();
    if (m_updating || m_shown == NoElement || !node.isValid())
        return;
    const int cell = node.toInt();
    m_context->execute(edits::setNumaNode(*m_context, m_shown,
                                          cell < 0 ? std::nullopt : std::optional<int>(cell)));
}

} // namespace pcitopo
