#include "corpuscompare.h"

#include "placement/pcipicture.h"

namespace pcitopo::test {

// The comparison is the product's (model/placement/pcipicture.h, also behind `pcitopo check`).
QMap<QString, QString> pciPicture(const DomainDocument& document) {
    return pcitopo::pciPicture(document);
}

QStringList pictureDifferences(const QMap<QString, QString>& expected,
                               const QMap<QString, QString>& actual) {
    return pcitopo::pictureDifferences(expected, actual);
}

} // namespace pcitopo::test
