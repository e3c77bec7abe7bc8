// Differential: the guest addresses and bus numbers pcitopo predicts against what the firmware
// really gave (../shared/oracle/guest-view: each domain defined by libvirt, booted to SeaBIOS,
// QEMU's query-pci read). Both from the inputs (libvirt's placement, then the firmware's walk)
// and from libvirt's own output (the walk alone). Prints the figures and lists disagreements.
#include "guest/guestview.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace pcitopo;

namespace {

// The oracle's key of an element: ["controller", TYPE, INDEX], ["disk", TARGET], [NAME, ORDER].
QString keyOf(const GuestElement& e) {
    if (e.elementName == u"controller")
        return QStringLiteral("controller/%1/%2").arg(e.type).arg(e.index.value_or(-1));
    if (e.elementName == u"disk" && !e.target.isEmpty())
        return QStringLiteral("disk/") + e.target;
    return QStringLiteral("%1/%2").arg(e.elementName).arg(e.ordinal);
}

QString keyOf(const QJsonArray& key) {
    QStringList parts;
    for (const QJsonValue& v : key)
        parts << (v.isDouble() ? QString::number(v.toInt()) : v.toString());
    return parts.join(u'/');
}

struct Figures {
    int addressesRight = 0, addresses = 0, busesRight = 0, buses = 0;
    QStringList disagreements;
};

void compareElements(const GuestView& view, const QJsonObject& row, const QString& name,
                     Figures& f) {
    QHash<QString, const GuestElement*> ours;
    for (const GuestElement& e : view.elements)
        ours.insert(keyOf(e), &e);
    for (const QJsonValue& v : row.value(QStringLiteral("elements")).toArray()) {
        const QJsonObject el = v.toObject();
        const QString truth = el.value(QStringLiteral("guest")).toString();
        if (truth.isEmpty())
            continue; // query-pci does not name it (a chipset-embedded function)
        ++f.addresses;
        const QString key = keyOf(el.value(QStringLiteral("key")).toArray());
        const GuestElement* e = ours.value(key);
        const QString predicted =
            e && e->guestAddress ? fullAddressString(*e->guestAddress) : QStringLiteral("none");
        if (predicted == truth)
            ++f.addressesRight;
        else
            f.disagreements
                << QStringLiteral("%1 %2: guest %3, pcitopo %4").arg(name, key, truth, predicted);
    }
}

void compareBuses(const GuestView& view, const QJsonObject& row, const QString& name, Figures& f) {
    for (const QJsonValue& v : row.value(QStringLiteral("buses")).toArray()) {
        const QJsonObject b = v.toObject();
        const int index = b.value(QStringLiteral("index")).toInt();
        const GuestBus ours = view.numbering.bus(index);
        const bool expander = b.value(QStringLiteral("model")).toString().endsWith(u"expander-bus");
        const int truth = b.value(QStringLiteral("guest_bus")).toInt(-1);
        const int predicted = expander ? ours.rootNumber : ours.number;
        const int subordinate = b.value(QStringLiteral("subordinate")).toInt(-1);
        ++f.buses;
        if (predicted == truth && (subordinate < 0 || subordinate == ours.subordinate))
            ++f.busesRight;
        else
            f.disagreements << QStringLiteral("%1 bus %2 (%3): guest %4 sub %5, pcitopo %6 sub %7")
                                   .arg(name)
                                   .arg(index)
                                   .arg(b.value(QStringLiteral("model")).toString())
                                   .arg(truth)
                                   .arg(subordinate)
                                   .arg(predicted)
                                   .arg(ours.subordinate);
    }
}

// Compares the oracle's rows in `jsonl` with pcitopo's view of the document each row names.
Figures compareRows(const QString& jsonl, const std::function<QString(const QString&)>& pathOf) {
    Figures f;
    QFile file(jsonl);
    if (!file.open(QIODevice::ReadOnly))
        return f;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (!row.value(QStringLiteral("ok")).toBool())
            continue;
        const QString path = pathOf(row.value(QStringLiteral("file")).toString());
        const QString name = QFileInfo(path).fileName();
        DocumentError error;
        const std::optional<DomainDocument> document = DomainDocument::fromFile(path, &error);
        if (!document) {
            f.disagreements << name + QStringLiteral(": cannot load: ") + error.toString();
            continue;
        }
        const GuestView view = GuestView::compute(*document, RuleTable::builtin());
        compareElements(view, row, name, f);
        compareBuses(view, row, name, f);
    }
    return f;
}

} // namespace

class TestGuestCorpus : public QObject {
    Q_OBJECT
private slots:
    void guestAddressesMatchTheFirmware_data();
    void guestAddressesMatchTheFirmware();
};

void TestGuestCorpus::guestAddressesMatchTheFirmware_data() {
    QTest::addColumn<QString>("jsonl");
    QTest::addColumn<QString>("documents"); // folder of the documents, or "" for the row's path
    const QString corpus = QStringLiteral(PCITOPO_SHARED_DIR) + QStringLiteral("/corpus/");
    for (const char* folder : {"generated", "generated-traps"})
        for (const char* documents : {"inputs", "expected"})
            QTest::addRow("%s/%s", folder, documents)
                << corpus + QLatin1String(folder) + QStringLiteral("/guest-view.jsonl")
                << corpus + QLatin1String(folder) + u'/' + QLatin1String(documents);
    // The oracle's answers for 73 domains of virt-manager/, libvirt-tests/ and external/, kept
    // here (ran once with ../shared/oracle/guest-view; elements that share one alias, such as
    // USB companion controllers, are left out: the oracle cannot tell them apart).
    QTest::addRow("more corpora/inputs")
        << QStringLiteral(PCITOPO_SOURCE_DIR "/tests/model/guest/guest-view-more.jsonl")
        << QString();
    // Ten generated domains with pxb, pxb-pcie, switches and bridges, booted UEFI: OVMF numbers
    // the buses as SeaBIOS does.
    QTest::addRow("OVMF") << QStringLiteral(PCITOPO_SOURCE_DIR
                                            "/tests/model/guest/ovmf/guest-view.jsonl")
                          << QStringLiteral(PCITOPO_SOURCE_DIR "/tests/model/guest/ovmf");
}

void TestGuestCorpus::guestAddressesMatchTheFirmware() {
    QFETCH(QString, jsonl);
    QFETCH(QString, documents);
    const QString corpus = QStringLiteral(PCITOPO_SHARED_DIR) + QStringLiteral("/corpus/");
    if (!QFile::exists(jsonl) || !QFile::exists(corpus))
        QSKIP("no corpus or oracle answers (../shared is not next to the repository)");
    const Figures f = compareRows(jsonl, [&](const QString& file) {
        return documents.isEmpty() ? corpus + file : documents + u'/' + QFileInfo(file).fileName();
    });
    qInfo().noquote()
        << QTest::currentDataTag()
        << QStringLiteral("guest addresses %1/%2").arg(f.addressesRight).arg(f.addresses)
        << QStringLiteral("guest bus numbers %1/%2").arg(f.busesRight).arg(f.buses);
    for (const QString& d : f.disagreements.mid(0, 40))
        qInfo().noquote() << "  " << d;
    QVERIFY(f.addresses > 0);
    QCOMPARE(f.disagreements.size(), 0);
}

QTEST_GUILESS_MAIN(TestGuestCorpus)
#include "tst_guestcorpus.moc"
