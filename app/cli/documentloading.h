#pragma once

#include "document/domaindocument.h"

#include <optional>

namespace pcitopo::cli {

// Reads FILE for a subcommand; on failure prints "FILE:LINE:COL: MESSAGE" to stderr.
std::optional<DomainDocument> loadDocumentOrReport(const QString& path);

} // namespace pcitopo::cli
