#pragma once

namespace pcitopo {

class ValidationContext;

// Parse-time errors of <controller type='pci'> (conf/domain_conf.c:virDomainControllerDefParseXML):
// malformed index, unknown model, malformed <model name>, <target> values, <node>.
void checkControllerSyntax(ValidationContext& context);

// IDX-1..3: index range, duplicates (every controller type but usb), the root at index 0.
void checkControllerIndexes(ValidationContext& context);

// §2.1/§2.2: root address, expander machine, NUMA node, <target> ranges, options per model,
// <model name> per model.
void checkControllerOptions(ValidationContext& context);

} // namespace pcitopo
