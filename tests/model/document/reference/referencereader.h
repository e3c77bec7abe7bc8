#pragma once

// The QXmlStreamReader-based reader of DomainDocument before issue #15, for tests only.

#include "document/xmlscanner.h"

namespace pcitopo::reference {

std::optional<detail::ScanFailure> validateXml(const QString& text, bool fragment, int maxDepth);
void scanElements(QStringView text, detail::ElementIndex& out);

} // namespace pcitopo::reference
