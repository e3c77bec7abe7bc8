#include "numanodecommand.h"

namespace pcitopo {

namespace {
bool refuse(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return false;
}

QString nodeElement(const QString& value) {
    return QStringLiteral("<node>%1</node>").arg(value);
}

// Where a new <target> goes: before the controller's <alias> or <address> (libvirt's order:
// model, target, alias, address), or last when it has neither.
ElementId targetInsertionPoint(const DomainDocument& document, ElementId controller) {
    for (const ElementId child : document.children(controller)) {
        const QString name = document.name(child);
        if (name == u"alias" || name == u"address")
            return child;
    }
    return NoElement;
}
} // namespace

SetNumaNodeCommand::SetNumaNodeCommand(DomainDocument& document, ElementId controller,
                                       std::optional<int> node)
    : DocumentCommand(document, node ? QStringLiteral("Set NUMA node %1").arg(*node)
                                     : QStringLiteral("Remove NUMA node")),
      m_controller(controller), m_node(node) {}

bool SetNumaNodeCommand::perform(QString* error) {
    DomainDocument& doc = document();
    if (!isElement(m_controller))
        return refuse(error, QStringLiteral("the element no longer exists"));
    if (m_node && *m_node < 0)
        return refuse(error, QStringLiteral("a NUMA node is not negative"));
    ElementId target = doc.firstChild(m_controller, u"target");
    const ElementId node = target == NoElement ? NoElement : doc.firstChild(target, u"node");
    if (!m_node) {
        if (node == NoElement)
            return true;
        record(doc.removeElement(node));
        return collapseEmptyTarget(doc.firstChild(m_controller, u"target"), error);
    }
    const QString value = QString::number(*m_node);
    if (node != NoElement && doc.text(node) == value)
        return true;
    if (target == NoElement) {
        record(doc.insertElement(m_controller, QStringLiteral("<target/>"),
                                 targetInsertionPoint(doc, m_controller)));
        target = doc.firstChild(m_controller, u"target");
        if (target == NoElement)
            return refuse(error, QStringLiteral("<target> could not be inserted"));
    }
    setNode(target, value);
    return true;
}

// Replaces an existing <node> whole (its text may hold comments or blanks) or appends one.
void SetNumaNodeCommand::setNode(ElementId target, const QString& value) {
    DomainDocument& doc = document();
    const ElementId node = doc.firstChild(target, u"node");
    if (node == NoElement) {
        record(doc.insertElement(target, nodeElement(value)));
        return;
    }
    const int start = doc.startOffset(node);
    const QString old = doc.text().mid(start, doc.endOffset(node) - start);
    TextSplice splice = TextSplice::between(old, nodeElement(value));
    splice.offset += start;
    applyAndRecord(splice, nullptr);
}

// After <node> went: a <target> with nothing inside becomes <target .../> again, the form
// libvirt writes, or goes when it has no attributes either.
bool SetNumaNodeCommand::collapseEmptyTarget(ElementId target, QString* error) {
    DomainDocument& doc = document();
    if (target == NoElement || !doc.children(target).isEmpty() || !doc.text(target).isEmpty())
        return true;
    if (doc.attributes(target).isEmpty()) {
        record(doc.removeElement(target));
        return true;
    }
    const int start = doc.startOffset(target);
    const QString whole = doc.text().mid(start, doc.endOffset(target) - start);
    const QString endTag = QStringLiteral("</%1>").arg(doc.name(target));
    if (!whole.endsWith(endTag))
        return true; // already <target .../>, or an end tag written unusually: leave it
    const QString startTag = whole.chopped(endTag.size()).trimmed();
    if (!startTag.endsWith(u'>') || startTag.lastIndexOf(u'<') != 0)
        return true; // a comment or other markup sits inside: keep it
    return applyAndRecord({start, whole, startTag.chopped(1) + QStringLiteral("/>")}, error);
}

} // namespace pcitopo
