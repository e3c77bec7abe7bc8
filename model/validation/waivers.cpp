#include "waivers.h"

#include "policies/numatags.h"

namespace pcitopo {

namespace {

// The <pcitopo:waivers> element of <metadata> and its prefix, when there is one.
std::pair<ElementId, QString> waiversElement(const DomainDocument& document) {
    const ElementId metadata = document.firstChild(document.root(), u"metadata");
    if (metadata == NoElement)
        return {NoElement, {}};
    for (ElementId child : document.children(metadata)) {
        const std::optional<QString> prefix = pcitopoPrefix(document, child);
        if (prefix && document.name(child) == pcitopoQualified(*prefix, QStringLiteral("waivers")))
            return {child, *prefix};
    }
    return {NoElement, {}};
}

QString waiverXml(const QString& prefix, const QString& code, const QString& message) {
    return QStringLiteral("<%1 code=\"%2\" message=\"%3\"/>")
        .arg(pcitopoQualified(prefix, QStringLiteral("waiver")), code.toHtmlEscaped(),
             message.toHtmlEscaped());
}

// Where <metadata> goes: after the domain's name, uuid, title and description (libvirt's order).
ElementId metadataInsertionPoint(const DomainDocument& document) {
    for (ElementId child : document.children(document.root())) {
        const QString name = document.name(child);
        if (name != u"name" && name != u"uuid" && name != u"genid" && name != u"title" &&
            name != u"description")
            return child;
    }
    return NoElement;
}

bool refuse(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return false;
}

} // namespace

QList<Waiver> readWaivers(const DomainDocument& document) {
    QList<Waiver> waivers;
    const auto [element, prefix] = waiversElement(document);
    if (element == NoElement)
        return waivers;
    for (ElementId w :
         document.children(element, pcitopoQualified(prefix, QStringLiteral("waiver"))))
        waivers.append({document.attribute(w, u"code"), document.attribute(w, u"message"), w});
    return waivers;
}

bool canWaive(const Diagnostic& diagnostic) {
    return !diagnostic.isError();
}

void markWaived(QList<Diagnostic>& diagnostics, const QList<Waiver>& waivers) {
    for (Diagnostic& d : diagnostics)
        for (const Waiver& w : waivers)
            if (canWaive(d) && w.code == d.code && w.message == d.message)
                d.waived = true;
}

WaiveCommand::WaiveCommand(DomainDocument& document, const Diagnostic& diagnostic)
    : DocumentCommand(document, QStringLiteral("Waive %1").arg(diagnostic.code)),
      m_code(diagnostic.code), m_message(diagnostic.message), m_error(diagnostic.isError()) {}

bool WaiveCommand::perform(QString* error) {
    if (m_error)
        return refuse(error, QStringLiteral("errors cannot be waived: libvirt or QEMU refuse "
                                            "the domain"));
    DomainDocument& doc = document();
    for (const Waiver& w : readWaivers(doc))
        if (w.code == m_code && w.message == m_message)
            return true; // waived already: nothing to do
    if (doc.firstChild(doc.root(), u"metadata") == NoElement)
        record(doc.insertElement(doc.root(), QStringLiteral("<metadata></metadata>"),
                                 metadataInsertionPoint(doc)));
    const ElementId metadata = doc.firstChild(doc.root(), u"metadata");
    if (metadata == NoElement)
        return refuse(error, QStringLiteral("<metadata> could not be added"));
    const auto [waivers, prefix] = waiversElement(doc);
    if (waivers == NoElement) {
        record(doc.insertElement(
            metadata, QStringLiteral("<pcitopo:waivers xmlns:pcitopo=\"%1\">%2</pcitopo:waivers>")
                          .arg(QString::fromUtf16(PcitopoNamespace),
                               waiverXml(QStringLiteral("pcitopo"), m_code, m_message))));
        return true;
    }
    record(doc.insertElement(waivers, waiverXml(prefix, m_code, m_message)));
    return true;
}

RestoreWaivedCommand::RestoreWaivedCommand(DomainDocument& document, const Diagnostic& diagnostic)
    : DocumentCommand(document, QStringLiteral("Restore %1").arg(diagnostic.code)),
      m_code(diagnostic.code), m_message(diagnostic.message) {}

bool RestoreWaivedCommand::perform(QString*) {
    // One at a time, last first: element ids change with every edit.
    for (;;) {
        const QList<Waiver> waivers = readWaivers(document());
        auto it = std::find_if(waivers.rbegin(), waivers.rend(), [&](const Waiver& w) {
            return w.code == m_code && w.message == m_message;
        });
        if (it == waivers.rend())
            return true;
        record(document().removeElement(it->element));
    }
}

} // namespace pcitopo
