// Differential: pairs made from libvirt's accepted outputs (generated/, generated-traps/): the
// domain written without addresses against libvirt's output (nothing guest-visible), and the
// output against a mutation of itself (machine version, two NICs swapped, a controller
// renumbered, a NIC model changed), each with the changes it must report. Prints the figure.
#include "diff/domaindiff.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pcitopo;

namespace {

std::optional<DomainDocument> fromText(const QString& text) {
    DocumentError error;
    return DomainDocument::fromBytes(text.toUtf8(), QStringLiteral("mutation.xml"), &error);
}

// The text of an element's <address> child, with its offsets.
struct Span {
    int start = -1, end = -1;
};
Span addressOf(const DomainDocument& doc, ElementId element) {
    const ElementId a = doc.firstChild(element, u"address");
    return a == NoElement ? Span{} : Span{doc.startOffset(a), doc.endOffset(a)};
}

QList<ElementId> elementsNamed(const DomainDocument& doc, QStringView name) {
    QList<ElementId> out;
    for (ElementId e : doc.deviceElements())
        if (doc.name(e) == name)
            out << e;
    return out;
}

// Mutations: the new text and what the diff must say about it; empty text when not applicable.
struct Mutation {
    QString name;
    QString text;
    QStringList mustReport; // kinds of guest-visible changes, each at least once
    int guestVisible = -1;  // exact count, -1 when only mustReport is checked
};

Mutation machineVersion(const DomainDocument& doc) {
    QString text = doc.text();
    static const QRegularExpression machine(QStringLiteral("machine='(pc-(q35|i440fx))-7\\.2'"));
    if (!text.contains(machine))
        return {};
    text.replace(machine, QStringLiteral("machine='\\1-7.1'"));
    return {QStringLiteral("machine version"), text, {QStringLiteral("machine")}, 1};
}

Mutation swappedNics(const DomainDocument& doc) {
    const QList<ElementId> nics = elementsNamed(doc, u"interface");
    if (nics.size() < 2)
        return {};
    const Span a = addressOf(doc, nics[0]), b = addressOf(doc, nics[1]);
    if (a.start < 0 || b.start < 0)
        return {};
    const QString& t = doc.text();
    const QString addressA = t.mid(a.start, a.end - a.start);
    const QString addressB = t.mid(b.start, b.end - b.start);
    QString text = t;
    text.replace(b.start, b.end - b.start, addressA); // b is later in the text
    text.replace(a.start, a.end - a.start, addressB);
    return {QStringLiteral("two NICs swapped"), text, {QStringLiteral("address")}, 2};
}

// Two PCI controllers of one model with no controller behind them swap their indexes, and every
// address follows: only libvirt's names for the buses change, not the guest's.
Mutation renumberedControllers(const DomainDocument& doc) {
    QHash<QString, QList<ElementId>> leaves; // model → controllers with no controller behind
    QSet<int> parents;
    for (ElementId e : elementsNamed(doc, u"controller")) {
        const ElementId a = doc.firstChild(e, u"address");
        if (doc.attribute(e, u"type") == u"pci" && a != NoElement)
            parents.insert(doc.attribute(a, u"bus").toInt(nullptr, 16));
    }
    for (ElementId e : elementsNamed(doc, u"controller"))
        if (doc.attribute(e, u"type") == u"pci" &&
            !parents.contains(doc.attribute(e, u"index").toInt()))
            leaves[doc.attribute(e, u"model")].append(e);
    for (const QList<ElementId>& same : std::as_const(leaves)) {
        if (same.size() < 2)
            continue;
        const int x = doc.attribute(same[0], u"index").toInt();
        const int y = doc.attribute(same[1], u"index").toInt();
        const auto bus = [](int i) {
            return QStringLiteral("bus='0x%1'").arg(i, 2, 16, QLatin1Char('0'));
        };
        QString text = doc.text();
        // The later element first, so the earlier offsets stay valid.
        const int ix = text.indexOf(QStringLiteral("index='%1'").arg(x), doc.startOffset(same[0]));
        const int iy = text.indexOf(QStringLiteral("index='%1'").arg(y), doc.startOffset(same[1]));
        text.replace(iy, QStringLiteral("index='%1'").arg(y).size(), QStringLiteral("index='@Y'"));
        text.replace(ix, QStringLiteral("index='%1'").arg(x).size(), QStringLiteral("index='@X'"));
        text.replace(bus(x), QStringLiteral("bus='@X'"))
            .replace(bus(y), QStringLiteral("bus='@Y'"));
        text.replace(QStringLiteral("index='@X'"), QStringLiteral("index='%1'").arg(y))
            .replace(QStringLiteral("index='@Y'"), QStringLiteral("index='%1'").arg(x))
            .replace(QStringLiteral("bus='@X'"), bus(y))
            .replace(QStringLiteral("bus='@Y'"), bus(x));
        return {QStringLiteral("controllers renumbered"), text, {}, 0};
    }
    return {};
}

Mutation changedNicModel(const DomainDocument& doc) {
    const QList<ElementId> nics = elementsNamed(doc, u"interface");
    if (nics.isEmpty())
        return {};
    const ElementId model = doc.firstChild(nics[0], u"model");
    if (model == NoElement || doc.attribute(model, u"type") != u"virtio")
        return {};
    QString text = doc.text();
    const int at = text.indexOf(QStringLiteral("'virtio'"), doc.startOffset(model));
    text.replace(at, 8, QStringLiteral("'e1000e'"));
    return {QStringLiteral("NIC model changed"), text, {QStringLiteral("model")}, 1};
}

QString check(const DomainDiff& diff, const Mutation& m) {
    QStringList kinds;
    for (const DomainChange& c : diff.changes)
        if (c.guestVisible())
            kinds << c.kind + u' ' + c.subject + QStringLiteral(": ") + c.before +
                         QStringLiteral(" → ") + c.after;
    for (const QString& kind : m.mustReport)
        if (!kinds.filter(QRegularExpression(u'^' + kind + u' ')).size())
            return QStringLiteral("%1 not reported (%2)")
                .arg(kind, kinds.join(QStringLiteral("; ")));
    if (m.guestVisible >= 0 && diff.guestVisibleCount() != m.guestVisible)
        return QStringLiteral("%1 guest-visible changes, %2 expected: %3")
            .arg(diff.guestVisibleCount())
            .arg(m.guestVisible)
            .arg(kinds.join(QStringLiteral("; ")));
    return {};
}

} // namespace

class TestDiffCorpus : public QObject {
    Q_OBJECT
private slots:
    void pairsReportWhatChanged_data();
    void pairsReportWhatChanged();
};

void TestDiffCorpus::pairsReportWhatChanged_data() {
    QTest::addColumn<QString>("folder");
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR) + QStringLiteral("/corpus/");
    QTest::newRow("generated") << shared + QStringLiteral("generated");
    QTest::newRow("generated-traps") << shared + QStringLiteral("generated-traps");
}

void TestDiffCorpus::pairsReportWhatChanged() {
    QFETCH(QString, folder);
    QFile verdicts(folder + QStringLiteral("/verdicts.jsonl"));
    if (!verdicts.open(QIODevice::ReadOnly))
        QSKIP("no corpus (../shared is not next to the repository)");
    int right = 0, total = 0;
    QStringList disagreements;
    const RuleTable& rules = RuleTable::builtin();
    for (const QByteArray& line : verdicts.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (!row.value(QStringLiteral("ok")).toBool() ||
            row.value(QStringLiteral("start")).toString() != u"ok")
            continue;
        DocumentError error;
        const auto input =
            DomainDocument::fromFile(folder + u'/' + row.value("file").toString(), &error);
        const auto output =
            DomainDocument::fromFile(folder + u'/' + row.value("expected").toString(), &error);
        if (!input || !output)
            continue;
        const QString name = QFileInfo(row.value("file").toString()).fileName();
        QList<std::pair<Mutation, const DomainDocument*>> cases = {
            {{QStringLiteral("as libvirt defined it"), output->text(), {}, 0}, &*input}};
        for (const Mutation& m : {machineVersion(*output), swappedNics(*output),
                                  renumberedControllers(*output), changedNicModel(*output)})
            if (!m.text.isEmpty())
                cases.append({m, &*output});
        for (const auto& [mutation, before] : cases) {
            const std::optional<DomainDocument> after = fromText(mutation.text);
            QVERIFY(after);
            ++total;
            const QString problem = check(diffDomains(*before, *after, rules), mutation);
            if (problem.isEmpty())
                ++right;
            else
                disagreements << QStringLiteral("%1 (%2): %3").arg(name, mutation.name, problem);
        }
    }
    qInfo().noquote() << QFileInfo(folder).fileName()
                      << QStringLiteral("diff pairs %1/%2").arg(right).arg(total);
    for (const QString& d : disagreements.mid(0, 30))
        qInfo().noquote() << "  " << d;
    QVERIFY(total > 0);
    QCOMPARE(disagreements.size(), 0);
}

QTEST_GUILESS_MAIN(TestDiffCorpus)
#include "tst_diffcorpus.moc"
