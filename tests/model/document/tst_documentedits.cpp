// Edits: each changes exactly the bytes it must, keeps the index right, and undoes exactly.
#include "document/domaindocument.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace pcitopo;

namespace {

DomainDocument load(const QString& text) {
    DocumentError error;
    auto doc = DomainDocument::fromBytes(text.toUtf8(), QStringLiteral("edit.xml"), &error);
    if (!doc)
        qFatal("fixture does not load: %s", qPrintable(error.toString()));
    return std::move(*doc);
}

// Everything the index knows, to compare an edited document with a fresh load of its text.
QStringList indexSignature(const DomainDocument& doc) {
    QStringList rows;
    for (ElementId id = 0; id < doc.elementCount(); ++id) {
        QStringList attributes;
        for (const auto& [name, value] : doc.attributes(id))
            attributes.append(name + u'=' + value);
        QStringList kids;
        for (const ElementId child : doc.children(id))
            kids.append(QString::number(child));
        const SourceLocation at = doc.location(id);
        rows.append(QStringLiteral("%1 <%2> [%3,%4) parent %5 depth %6 at %7:%8 {%9} (%10) '%11'")
                        .arg(id)
                        .arg(doc.name(id))
                        .arg(doc.startOffset(id))
                        .arg(doc.endOffset(id))
                        .arg(doc.parent(id))
                        .arg(doc.depth(id))
                        .arg(at.line)
                        .arg(at.column)
                        .arg(attributes.join(u' '), kids.join(u','), doc.text(id)));
    }
    return rows;
}

bool indexMatchesFreshLoad(const DomainDocument& doc) {
    return indexSignature(doc) == indexSignature(load(doc.text()));
}

// Checks that undoing the splice restores the text before it exactly.
bool undoes(DomainDocument& doc, const TextSplice& splice, const QString& before) {
    return doc.apply(splice.inverted()) && doc.text() == before && indexMatchesFreshLoad(doc);
}

const QString q35 = QStringLiteral(
    "<domain type='kvm'>\n"
    "  <name>vm</name>\n"
    "  <devices>\n"
    "    <disk type='file' device='disk'>\n"
    "      <target dev='vda' bus='virtio'/>\n"
    "      <address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>\n"
    "    </disk>\n"
    "    <interface type='network'>\n"
    "      <mac address='52:54:00:00:00:01'/>\n"
    "    </interface>\n"
    "    <memballoon model='virtio'/>\n"
    "  </devices>\n"
    "</domain>\n");

} // namespace

class TestDocumentEdits : public QObject {
    Q_OBJECT
private slots:
    void spliceBetweenTwoTextsIsMinimalAndInvertible();
    void setPciAddressReplacesTheAddressInPlace();
    void setPciAddressUsesTheDocumentsQuotes();
    void setPciAddressInsertsAsLastChild();
    void setPciAddressExpandsAnEmptyElement();
    void setPciAddressWithTheSameValueIsANoop();
    void removeAddressRemovesItsLine();
    void insertElementIndentsLikeItsSiblings();
    void insertElementIntoAnEmptyParent();
    void insertElementKeepsCrlfAndTabs();
    void insertElementRefusesBrokenXml();
    void removeElementInline();
    void setAndRemoveAttributes();
    void applyRefusesMismatchesAndBrokenResults();
    void manyEditsOnACorpusFileKeepTheIndexRight();
    void randomSplicesAgreeWithAFreshLoad();
};

void TestDocumentEdits::setPciAddressReplacesTheAddressInPlace() {
    DomainDocument doc = load(q35);
    const ElementId disk = doc.deviceElements().value(0);
    const TextSplice splice = doc.setPciAddress(disk, PciAddress{0, 4, 0x1f, 7, true});
    QString expected = q35;
    expected.replace(QStringLiteral("bus='0x03' slot='0x00' function='0x0'/>"),
                     QStringLiteral("bus='0x04' slot='0x1f' function='0x7' multifunction='on'/>"));
    QCOMPARE(doc.text(), expected);
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(undoes(doc, splice, q35));
    QVERIFY(doc.apply(splice));
    QCOMPARE(doc.text(), expected);
}

void TestDocumentEdits::setPciAddressUsesTheDocumentsQuotes() {
    QString dq = q35;
    dq.replace(u'\'', u'"');
    DomainDocument doc = load(dq);
    doc.setPciAddress(doc.deviceElements().value(0), PciAddress{0, 1, 2, 0, {}});
    QVERIFY2(doc.text().contains(QStringLiteral(
                 "<address type=\"pci\" domain=\"0x0000\" bus=\"0x01\" slot=\"0x02\" "
                 "function=\"0x0\"/>")),
             qPrintable(doc.text()));
}

void TestDocumentEdits::setPciAddressInsertsAsLastChild() {
    DomainDocument doc = load(q35);
    const ElementId nic = doc.deviceElements().value(1);
    const TextSplice splice = doc.setPciAddress(nic, PciAddress{0, 1, 0, 0, {}});
    QString expected = q35;
    expected.replace(QStringLiteral("00:01'/>\n    </interface>"),
                     QStringLiteral("00:01'/>\n      <address type='pci' domain='0x0000' "
                                    "bus='0x01' slot='0x00' function='0x0'/>\n    </interface>"));
    QCOMPARE(doc.text(), expected);
    QCOMPARE(splice.removed, QString());
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(undoes(doc, splice, q35));
}

void TestDocumentEdits::setPciAddressExpandsAnEmptyElement() {
    DomainDocument doc = load(q35);
    const ElementId balloon = doc.deviceElements().value(2);
    const TextSplice splice = doc.setPciAddress(balloon, PciAddress{0, 5, 0, 0, {}});
    QString expected = q35;
    expected.replace(QStringLiteral("<memballoon model='virtio'/>"),
                     QStringLiteral("<memballoon model='virtio'>\n      <address type='pci' "
                                    "domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>\n"
                                    "    </memballoon>"));
    QCOMPARE(doc.text(), expected);
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(undoes(doc, splice, q35));
}

void TestDocumentEdits::setPciAddressWithTheSameValueIsANoop() {
    DomainDocument doc = load(q35);
    QVERIFY(doc.setPciAddress(doc.deviceElements().value(0), PciAddress{0, 3, 0, 0, {}}).isNoop());
    QCOMPARE(doc.text(), q35);
}

void TestDocumentEdits::removeAddressRemovesItsLine() {
    DomainDocument doc = load(q35);
    const TextSplice splice = doc.removeAddress(doc.deviceElements().value(0));
    QString expected = q35;
    expected.remove(QStringLiteral("      <address type='pci' domain='0x0000' bus='0x03' "
                                   "slot='0x00' function='0x0'/>\n"));
    QCOMPARE(doc.text(), expected);
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(doc.removeAddress(doc.deviceElements().value(0)).isNoop());
    QVERIFY(undoes(doc, splice, q35));
}

void TestDocumentEdits::insertElementIndentsLikeItsSiblings() {
    DomainDocument doc = load(q35);
    const QString controller = QStringLiteral("<controller type='pci' model='pcie-root-port'>\n"
                                              "  <target chassis='1' port='0x10'/>\n"
                                              "</controller>");
    const TextSplice last = doc.insertElement(doc.devicesElement(), controller);
    QString expected = q35;
    expected.replace(QStringLiteral("    <memballoon model='virtio'/>\n"),
                     QStringLiteral("    <memballoon model='virtio'/>\n"
                                    "    <controller type='pci' model='pcie-root-port'>\n"
                                    "      <target chassis='1' port='0x10'/>\n"
                                    "    </controller>\n"));
    QCOMPARE(doc.text(), expected);
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(undoes(doc, last, q35));

    const ElementId nic = doc.deviceElements().value(1);
    const TextSplice before = doc.insertElement(doc.devicesElement(), "<sound model='ich9'/>", nic);
    expected = q35;
    expected.replace(QStringLiteral("    <interface"),
                     QStringLiteral("    <sound model='ich9'/>\n    <interface"));
    QCOMPARE(doc.text(), expected);
    QCOMPARE(doc.name(doc.deviceElements().value(1)), QStringLiteral("sound"));
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(undoes(doc, before, q35));
}

void TestDocumentEdits::insertElementIntoAnEmptyParent() {
    const QString text = QStringLiteral("<domain>\n    <devices/>\n    <features>\n    "
                                        "</features>\n</domain>\n");
    DomainDocument doc = load(text);
    QCOMPARE(doc.indentUnit(), QStringLiteral("    "));
    const TextSplice a = doc.insertElement(doc.devicesElement(), QStringLiteral("<disk/>"));
    QCOMPARE(doc.text(), QStringLiteral("<domain>\n    <devices>\n        <disk/>\n    </devices>"
                                        "\n    <features>\n    </features>\n</domain>\n"));
    QVERIFY(indexMatchesFreshLoad(doc));
    const ElementId features = doc.firstChild(doc.root(), u"features");
    const TextSplice b = doc.insertElement(features, QStringLiteral("<acpi/>"));
    QCOMPARE(doc.text(), QStringLiteral("<domain>\n    <devices>\n        <disk/>\n    </devices>"
                                        "\n    <features>\n        <acpi/>\n    </features>\n"
                                        "</domain>\n"));
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(doc.apply(b.inverted()));
    QVERIFY(doc.apply(a.inverted()));
    QCOMPARE(doc.text(), text);
}

void TestDocumentEdits::insertElementKeepsCrlfAndTabs() {
    const QString text =
        QStringLiteral("<domain>\r\n\t<devices>\r\n\t\t<disk/>\r\n\t</devices>\r\n</domain>\r\n");
    DomainDocument doc = load(text);
    doc.insertElement(doc.devicesElement(), QStringLiteral("<hub type='usb'>\n  <x/>\n</hub>"));
    QCOMPARE(doc.text(), QStringLiteral("<domain>\r\n\t<devices>\r\n\t\t<disk/>\r\n\t\t<hub "
                                        "type='usb'>\r\n\t\t  <x/>\r\n\t\t</hub>\r\n\t</devices>"
                                        "\r\n</domain>\r\n"));
    QVERIFY(indexMatchesFreshLoad(doc));
    doc.removeElement(doc.deviceElements().value(0));
    QVERIFY(!doc.text().contains(QStringLiteral("disk")));
    QVERIFY(doc.text().startsWith(QStringLiteral("<domain>\r\n\t<devices>\r\n\t\t<hub")));
}

void TestDocumentEdits::insertElementRefusesBrokenXml() {
    DomainDocument doc = load(q35);
    QVERIFY(doc.insertElement(doc.devicesElement(), QStringLiteral("<disk>")).isNoop());
    QVERIFY(doc.insertElement(doc.devicesElement(), QStringLiteral("<a>&bogus;</a>")).isNoop());
    QVERIFY(doc.insertElement(doc.devicesElement(), QStringLiteral("</devices><x>")).isNoop());
    QCOMPARE(doc.text(), q35);
    QVERIFY(indexMatchesFreshLoad(doc));
}

void TestDocumentEdits::removeElementInline() {
    const QString text = QStringLiteral("<domain><devices><disk/><hub/></devices></domain>");
    DomainDocument doc = load(text);
    const TextSplice splice = doc.removeElement(doc.deviceElements().value(0));
    QCOMPARE(doc.text(), QStringLiteral("<domain><devices><hub/></devices></domain>"));
    QVERIFY(indexMatchesFreshLoad(doc));
    QVERIFY(doc.removeElement(doc.root()).isNoop());
    QVERIFY(undoes(doc, splice, text));
}

void TestDocumentEdits::setAndRemoveAttributes() {
    DomainDocument doc = load(q35);
    const ElementId balloon = doc.deviceElements().value(2);
    const TextSplice changed = doc.setAttribute(balloon, "model", "virtio-non-transitional");
    QCOMPARE(changed.removed, QStringLiteral("virtio"));
    const TextSplice added = doc.setAttribute(balloon, "autodeflate", "it's <on> & \"x\"");
    QVERIFY(doc.text().contains(QStringLiteral(
        "<memballoon model='virtio-non-transitional' autodeflate='it&apos;s &lt;on> &amp; "
        "\"x\"'/>")));
    QCOMPARE(doc.attribute(balloon, u"autodeflate"), QStringLiteral("it's <on> & \"x\""));
    QVERIFY(indexMatchesFreshLoad(doc));
    const TextSplice removed = doc.removeAttribute(balloon, "model");
    QVERIFY(doc.text().contains(QStringLiteral("<memballoon autodeflate=")));
    QVERIFY(doc.removeAttribute(balloon, "absent").isNoop());
    QVERIFY(doc.apply(removed.inverted()));
    QVERIFY(doc.apply(added.inverted()));
    QVERIFY(undoes(doc, changed, q35));
    const TextSplice onRoot = doc.setAttribute(doc.root(), "id", "7");
    QVERIFY(doc.text().startsWith(QStringLiteral("<domain type='kvm' id='7'>")));
    QVERIFY(undoes(doc, onRoot, q35));
}

void TestDocumentEdits::applyRefusesMismatchesAndBrokenResults() {
    DomainDocument doc = load(q35);
    QVERIFY(!doc.apply(TextSplice{0, QStringLiteral("<dom"), QStringLiteral("<x")}));
    QCOMPARE(doc.text(), q35);
    QVERIFY(!doc.apply(TextSplice{1, QStringLiteral("xyz"), QString()}));
    QVERIFY(!doc.apply(TextSplice{-1, QString(), QStringLiteral("a")}));
    QVERIFY(!doc.apply(TextSplice{int(q35.size()) + 5, QString(), QStringLiteral("a")}));
    const int closeDisk = int(q35.indexOf(QStringLiteral("</disk>")));
    QVERIFY(!doc.apply(TextSplice{closeDisk, QStringLiteral("</disk>"), QString()}));
    QVERIFY(!doc.apply(TextSplice{0, QStringLiteral("<domain"), QStringLiteral("<network")}));
    QCOMPARE(doc.text(), q35);
    QVERIFY(indexMatchesFreshLoad(doc));
}

void TestDocumentEdits::manyEditsOnACorpusFileKeepTheIndexRight() {
    const QString inputs =
        QStringLiteral(PCITOPO_SHARED_DIR) + QStringLiteral("/corpus/libvirt-tests/inputs");
    const QStringList files = QDir(inputs).entryList({QStringLiteral("*.xml")}, QDir::Files,
                                                     QDir::Size); // largest first
    if (files.isEmpty())
        QSKIP(qPrintable(QStringLiteral("shared corpus absent at %1").arg(inputs)));
    int edits = 0;
    for (const QString& name : files.mid(0, 5)) {
        QFile file(inputs + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        DomainDocument doc = load(QString::fromUtf8(file.readAll()));
        const QString original = doc.text();
        QList<TextSplice> done;
        for (int i = 0; i < doc.deviceElements().size(); ++i) {
            const ElementId device = doc.deviceElements().value(i);
            const TextSplice splice = i % 3 == 2
                                          ? doc.removeAddress(device)
                                          : doc.setPciAddress(device, {0, i % 7, i % 32, 0, {}});
            if (!splice.isNoop())
                done.append(splice);
            QVERIFY2(indexMatchesFreshLoad(doc), qPrintable(name));
            ++edits;
        }
        for (auto it = done.rbegin(); it != done.rend(); ++it)
            QVERIFY(doc.apply(it->inverted()));
        QCOMPARE(doc.text(), original);
        QVERIFY(indexMatchesFreshLoad(doc));
    }
    qInfo("%d edits on the 5 largest corpus inputs, each checked against a fresh load", edits);
}

void TestDocumentEdits::randomSplicesAgreeWithAFreshLoad() {
    // apply() must accept exactly the splices whose result loads, and then index it exactly as a
    // fresh load does; a refused splice changes nothing.
    const QStringList snippets = {"",    "<a/>",  "</disk>", "<!-- c -->",    "x",    "'",
                                  "<b>", "&amp;", "&bad;",   "<![CDATA[<]]>", "\n  ", "/>"};
    QRandomGenerator random(42);
    DomainDocument doc = load(q35);
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString before = doc.text();
        const int offset = int(random.bounded(before.size() + 1));
        const int length = qMin(int(random.bounded(12)), int(before.size()) - offset);
        const TextSplice splice{offset, before.mid(offset, length),
                                snippets[int(random.bounded(snippets.size()))]};
        QString expected = before;
        expected.replace(offset, length, splice.inserted);
        DocumentError error;
        const bool loads = DomainDocument::fromBytes(expected.toUtf8(), "x", &error).has_value();
        const bool applied = doc.apply(splice);
        QVERIFY2(applied == loads,
                 qPrintable(QStringLiteral("splice %1 at %2: applied %3, loads %4")
                                .arg(splice.inserted)
                                .arg(offset)
                                .arg(applied)
                                .arg(loads)));
        QCOMPARE(doc.text(), applied ? expected : before);
        if (applied && !splice.isNoop()) {
            ++accepted;
            QVERIFY(indexMatchesFreshLoad(doc));
        }
    }
    qInfo("%d of 3000 random splices accepted, each indexed like a fresh load", accepted);
}

void TestDocumentEdits::spliceBetweenTwoTextsIsMinimalAndInvertible() {
    const QString before = QStringLiteral("<a><b x='1'/><c/></a>");
    const QString after = QStringLiteral("<a><b x='2'/><d/><c/></a>");
    const TextSplice s = TextSplice::between(before, after);
    QCOMPARE(s.offset, 9);
    QCOMPARE(s.removed, QStringLiteral("1'"));
    QCOMPARE(s.inserted, QStringLiteral("2'/><d"));
    QString text = before;
    text.replace(s.offset, s.removed.size(), s.inserted);
    QCOMPARE(text, after);
    const TextSplice back = s.inverted();
    text.replace(back.offset, back.removed.size(), back.inserted);
    QCOMPARE(text, before);
    QVERIFY(TextSplice::between(before, before).isNoop());
}

QTEST_GUILESS_MAIN(TestDocumentEdits)
#include "tst_documentedits.moc"
