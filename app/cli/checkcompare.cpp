#include "checkcompare.h"

#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"
#include "placement/pcipicture.h"
#include "validation/diagnosticcatalogue.h"
#include "validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

// QEMU refuses these at start; libvirt's define accepts them, so they are not its verdict.
bool isStartTime(const Diagnostic& diagnostic) {
    const DiagnosticSpec* spec = DiagnosticCatalogue::builtin().find(diagnostic.code);
    return spec && spec->stage == u"start";
}

void judge(CheckRow& row, const QList<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        if (!d.isError())
            continue;
        (isStartTime(d) ? row.pcitopoStartErrors : row.pcitopoErrors).append(d.message);
    }
    row.pcitopoAccepts = row.pcitopoErrors.isEmpty();
}

QMap<QString, QString> pcitopoPicture(const DomainDocument& input) {
    DomainDocument placed = input;
    applyPlacement(placed,
                   placeLikeLibvirt(DeviceInventory::read(placed), RuleTable::builtin(), &placed));
    return pciPicture(placed);
}

void compareAddresses(CheckRow& row, const DomainDocument& input) {
    DocumentError error;
    const std::optional<DomainDocument> output =
        DomainDocument::fromBytes(row.libvirt.xml.toUtf8(), row.file, &error);
    if (!output) {
        row.differences.append({QStringLiteral("(libvirt's output)"), error.toString(), {}});
        return;
    }
    const QMap<QString, QString> theirs = pciPicture(*output);
    const QMap<QString, QString> ours = pcitopoPicture(input);
    QStringList keys = theirs.keys();
    for (const QString& key : ours.keys())
        if (!theirs.contains(key))
            keys.append(key);
    row.comparedEntries = int(keys.size());
    const QString none = QStringLiteral("(none)");
    for (const QString& key : std::as_const(keys)) {
        const QString libvirt = theirs.value(key, none);
        const QString pcitopo = ours.value(key, none);
        if (libvirt != pcitopo)
            row.differences.append({key, libvirt, pcitopo});
    }
}

QString verdictText(bool accepts) {
    return accepts ? QStringLiteral("accepts") : QStringLiteral("refuses");
}

} // namespace

CheckRow compareWithLibvirt(const QString& file, const QByteArray& bytes,
                            const LibvirtVerdict& libvirt) {
    CheckRow row;
    row.file = file;
    row.libvirt = libvirt;
    DocumentError error;
    const std::optional<DomainDocument> input = DomainDocument::fromBytes(bytes, file, &error);
    if (!input) {
        judge(row, {Validator::fromDocumentError(error)});
        return row;
    }
    judge(row, Validator().validate(*input));
    if (row.libvirt.ok && row.pcitopoAccepts)
        compareAddresses(row, *input);
    return row;
}

void printCheckText(QTextStream& out, const CheckRow& row) {
    out << row.file << ": " << (row.agrees() ? "agree" : "DIFFER") << " (libvirt "
        << verdictText(row.libvirt.ok) << ", pcitopo " << verdictText(row.pcitopoAccepts);
    if (row.libvirt.ok && row.pcitopoAccepts)
        out << "; " << row.comparedEntries - row.differences.size() << '/' << row.comparedEntries
            << " PCI entries agree";
    out << ")\n";
    if (!row.libvirt.ok)
        out << "    libvirt: " << row.libvirt.error << '\n';
    for (const QString& message : row.pcitopoErrors)
        out << "    pcitopo: " << message << '\n';
    for (const QString& message : row.pcitopoStartErrors)
        out << "    pcitopo (QEMU at start): " << message << '\n';
    for (const AddressDifference& d : row.differences)
        out << "    " << d.device << ": libvirt " << d.libvirt << ", pcitopo " << d.pcitopo << '\n';
    if (!row.libvirt.cleanedUp)
        out << "    warning: could not undefine " << row.libvirt.temporaryName << '\n';
}

void printCheckJson(QTextStream& out, const CheckRow& row) {
    QJsonArray differences;
    for (const AddressDifference& d : row.differences)
        differences.append(
            QJsonObject{{"device", d.device}, {"libvirt", d.libvirt}, {"pcitopo", d.pcitopo}});
    const QJsonObject libvirt{{"ok", row.libvirt.ok}, {"error", row.libvirt.error}};
    const QJsonObject pcitopo{{"ok", row.pcitopoAccepts},
                              {"errors", QJsonArray::fromStringList(row.pcitopoErrors)},
                              {"startErrors", QJsonArray::fromStringList(row.pcitopoStartErrors)}};
    const QJsonObject object{{"file", row.file},
                             {"agree", row.agrees()},
                             {"verdictAgrees", row.verdictAgrees()},
                             {"libvirt", libvirt},
                             {"pcitopo", pcitopo},
                             {"comparedEntries", row.comparedEntries},
                             {"differences", differences},
                             {"cleanedUp", row.libvirt.cleanedUp}};
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

} // namespace pcitopo::cli
