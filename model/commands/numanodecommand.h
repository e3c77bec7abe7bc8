#pragma once

// The guest NUMA node of an expander bus (pci-expander-bus, pcie-expander-bus):
// <controller ...><target busNr='254'><node>1</node></target></controller>.

#include "documentcommand.h"

#include <optional>

namespace pcitopo {

// Sets the text of the controller's <target><node>, creating <target> and/or <node> when
// missing; nullopt removes <node> (and a <target> left with nothing in it collapses to
// <target .../>, or goes when it has no attributes either). Unchanged: no splice at all.
class SetNumaNodeCommand : public DocumentCommand {
public:
    SetNumaNodeCommand(DomainDocument& document, ElementId controller, std::optional<int> node);

protected:
    bool perform(QString* error) override;

private:
    void setNode(ElementId target, const QString& value);
    bool collapseEmptyTarget(ElementId target, QString* error);

    ElementId m_controller;
    std::optional<int> m_node;
};

} // namespace pcitopo
