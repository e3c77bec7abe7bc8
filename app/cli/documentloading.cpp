#include "documentloading.h"

#include <QTextStream>

namespace pcitopo::cli {

std::optional<DomainDocument> loadDocumentOrReport(const QString& path) {
    DocumentError error;
    std::optional<DomainDocument> document = DomainDocument::fromFile(path, &error);
    if (!document)
        QTextStream(stderr) << "pcitopo: " << error.toString() << '\n';
    return document;
}

} // namespace pcitopo::cli
