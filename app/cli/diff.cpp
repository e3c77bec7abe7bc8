#include "diff.h"

#include "diff/domaindiff.h"
#include "documentloading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct DiffArguments {
    QStringList files;
    QString format = QStringLiteral("text");
    bool all = false;
    QString error;
};

DiffArguments parse(const QStringList& arguments) {
    DiffArguments a;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--format" && i + 1 >= arguments.size())
            a.error = QStringLiteral("--format needs a value");
        else if (arg == u"--format")
            a.format = arguments[++i];
        else if (arg.startsWith(QStringLiteral("--format=")))
            a.format = arg.mid(9);
        else if (arg == u"--all")
            a.all = true;
        else if (arg.startsWith(u'-'))
            a.error = QStringLiteral("unknown option %1").arg(arg);
        else
            a.files << arg;
    }
    if (a.files.size() != 2 && a.error.isEmpty())
        a.error = QStringLiteral("two files are needed: A.xml B.xml");
    if (a.format != u"text" && a.format != u"json" && a.error.isEmpty())
        a.error = QStringLiteral("unknown format '%1' (text or json)").arg(a.format);
    return a;
}

QString changeLine(const DomainChange& c) {
    QString line = QStringLiteral(" %1 | %2 | %3: ")
                       .arg(changeSeverityName(c.severity).leftJustified(6), c.kind, c.subject);
    if (c.before.isEmpty())
        line += QStringLiteral("added ") + c.after;
    else if (c.after.isEmpty())
        line += QStringLiteral("removed ") + c.before;
    else
        line += c.before + QStringLiteral(" → ") + c.after;
    line += QStringLiteral(" (") + c.why + QStringLiteral(")\n");
    if (!c.libvirtRefusal.isEmpty())
        line +=
            QStringLiteral("          libvirt's ABI check refuses it: ") + c.libvirtRefusal + u'\n';
    return line;
}

// Shown without --all: what the guest notices, and what libvirt's ABI check refuses.
bool shown(const DomainChange& c, bool all) {
    return all || c.guestVisible() || !c.libvirtRefusal.isEmpty();
}

// "A.xml → B.xml: 3 guest-visible changes (2 high, 1 medium), 1 not guest-visible"
QString summary(const DomainDiff& diff, const QStringList& files) {
    int high = 0, medium = 0, hidden = 0;
    for (const DomainChange& c : diff.changes) {
        high += c.severity == ChangeSeverity::High;
        medium += c.severity == ChangeSeverity::Medium;
        hidden += !c.guestVisible();
    }
    const int visible = high + medium;
    return QStringLiteral("%1 → %2: %3 guest-visible change%4 (%5 high, %6 medium), %7 not "
                          "guest-visible\n")
        .arg(files[0], files[1])
        .arg(visible)
        .arg(visible == 1 ? "" : "s")
        .arg(high)
        .arg(medium)
        .arg(hidden);
}

QJsonObject diffJson(const DomainDiff& diff, const QStringList& files, bool all) {
    QJsonArray changes;
    for (const DomainChange& c : diff.changes) {
        if (!shown(c, all))
            continue;
        changes.append(QJsonObject{
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("before"), c.before},
            {QStringLiteral("after"), c.after},
            {QStringLiteral("severity"), changeSeverityName(c.severity)},
            {QStringLiteral("guestVisible"), c.guestVisible()},
            {QStringLiteral("why"), c.why},
            {QStringLiteral("libvirtRefusal"),
             c.libvirtRefusal.isEmpty() ? QJsonValue() : QJsonValue(c.libvirtRefusal)}});
    }
    return QJsonObject{{QStringLiteral("a"), files[0]},
                       {QStringLiteral("b"), files[1]},
                       {QStringLiteral("guestVisibleChanges"), diff.guestVisibleCount()},
                       {QStringLiteral("changes"), changes}};
}

} // namespace

int runDiff(const QStringList& arguments) {
    QTextStream err(stderr);
    const DiffArguments a = parse(arguments);
    if (!a.error.isEmpty()) {
        err << "pcitopo diff: " << a.error << '\n'
            << "usage: pcitopo diff [--all] [--format text|json] A.xml B.xml\n";
        return 2;
    }
    const std::optional<DomainDocument> before = loadDocumentOrReport(a.files[0]);
    const std::optional<DomainDocument> after = loadDocumentOrReport(a.files[1]);
    if (!before || !after)
        return 2;
    const DomainDiff diff = diffDomains(*before, *after, RuleTable::builtin());
    QTextStream out(stdout);
    if (a.format == u"json") {
        out << QJsonDocument(diffJson(diff, a.files, a.all)).toJson(QJsonDocument::Indented);
    } else {
        out << summary(diff, a.files);
        for (const DomainChange& c : diff.changes)
            if (shown(c, a.all))
                out << changeLine(c);
    }
    return diff.guestVisibleCount() > 0 ? 1 : 0;
}

} // namespace pcitopo::cli
