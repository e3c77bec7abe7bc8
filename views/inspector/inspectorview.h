#pragma once

#include "document/domaindocument.h"
#include "guest/guestview.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pcitopo {

class EditorContext;
struct Bus;
struct Device;

// The inspector dock: the selected element's address, model, hotplug, multifunction, NUMA node
// and guest-visible bus number. Every edit (address, multifunction, hotplug, an expander bus's
// NUMA node) is one command.
class InspectorView final : public QWidget {
    Q_OBJECT
public:
    explicit InspectorView(EditorContext* context, QWidget* parent = nullptr);

    QLineEdit* addressField() const { return m_address; }
    QComboBox* multifunctionField() const { return m_multifunction; }
    QComboBox* hotplugField() const { return m_hotplug; }
    QLabel* guestBusLabel() const { return m_guestBus; }
    QLabel* guestAddressLabel() const { return m_guestAddress; }
    QComboBox* numaNodeField() const { return m_numaNode; }

private:
    void rebuild();
    void showDevice(const Device& device, int deviceIndex);
    void showNothing();
    void applyAddress();
    void applyMultifunction();
    void applyHotplug();
    void showNumaNode(const Device& device, const Bus* ownBus);
    void applyNumaNode();
    QString guestAddressText(int deviceIndex);

    EditorContext* m_context;
    ElementId m_shown = NoElement;
    bool m_updating = false;
    QLabel* m_title = nullptr;
    QLabel* m_element = nullptr;
    QLabel* m_model = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_bus = nullptr;
    QLabel* m_guestBus = nullptr;
    QLabel* m_guestAddress = nullptr;     // as libvirt will define it, with a NIC's Linux name
    std::optional<GuestView> m_guestView; // of the current revision, computed when first shown
    QLabel* m_slotHotplug = nullptr;
    QComboBox* m_multifunction = nullptr;
    QComboBox* m_hotplug = nullptr;
    QComboBox* m_numaNode = nullptr; // editable for expander buses only
    QLabel* m_ownBus = nullptr;
    QLabel* m_teaching = nullptr;
};

} // namespace pcitopo
