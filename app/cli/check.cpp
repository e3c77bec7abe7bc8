#include "check.h"

#include "checkcompare.h"
#include "libvirtconnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct CheckOptions {
    QString uri = LibvirtConnection::defaultUri();
    bool json = false;
    QStringList files;
};

struct Tally {
    int files = 0;
    int agree = 0;
    int verdictsAgree = 0;
    int bothAccept = 0;
    int entries = 0;
    int entriesAgree = 0;

    void add(const CheckRow& row) {
        ++files;
        agree += row.agrees();
        verdictsAgree += row.verdictAgrees();
        if (row.libvirt.ok && row.pcitopoAccepts) {
            ++bothAccept;
            entries += row.comparedEntries;
            entriesAgree += row.comparedEntries - int(row.differences.size());
        }
    }
};

int usageError(const QString& message) {
    QTextStream(stderr) << "pcitopo check: " << message << '\n'
                        << "usage: pcitopo check [--connect URI] [--format text|json] FILE...\n";
    return 2;
}

// Empty on success, else the usage error.
QString parse(const QStringList& arguments, CheckOptions& options) {
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--connect" || arg.startsWith(u"--connect=")) {
            options.uri = arg == u"--connect" ? arguments.value(++i) : arg.mid(10);
            if (options.uri.isEmpty())
                return QStringLiteral("--connect needs a URI");
        } else if (arg == u"--format" || arg.startsWith(u"--format=")) {
            const QString value = arg == u"--format" ? arguments.value(++i) : arg.mid(9);
            if (value != u"text" && value != u"json")
                return QStringLiteral("unknown format '%1'").arg(value);
            options.json = value == u"json";
        } else if (arg.startsWith(u"--") && arg != u"--") {
            return QStringLiteral("unknown option '%1'").arg(arg);
        } else if (arg != u"--") {
            options.files.append(arg);
        }
    }
    return options.files.isEmpty() ? QStringLiteral("no FILE given") : QString();
}

void printSummary(QTextStream& out, const Tally& t, bool json) {
    if (json) {
        const QJsonObject summary{{"files", t.files},
                                  {"agree", t.agree},
                                  {"verdictsAgree", t.verdictsAgree},
                                  {"bothAccept", t.bothAccept},
                                  {"entries", t.entries},
                                  {"entriesAgree", t.entriesAgree}};
        out << QJsonDocument(QJsonObject{{"summary", summary}}).toJson(QJsonDocument::Compact)
            << '\n';
        return;
    }
    out << "check: " << t.agree << '/' << t.files << " files agree (verdicts " << t.verdictsAgree
        << '/' << t.files << ", PCI entries " << t.entriesAgree << '/' << t.entries << " on the "
        << t.bothAccept << " files both accept)\n";
}

} // namespace

int runCheck(const QStringList& arguments) {
    CheckOptions options;
    if (const QString problem = parse(arguments, options); !problem.isEmpty())
        return usageError(problem);
    QString error;
    const auto connection =
        LibvirtConnection::open(options.uri, LibvirtConnection::Access::ReadWrite, &error);
    if (!connection) {
        QTextStream(stderr) << "pcitopo check: cannot connect to " << options.uri << ": " << error
                            << '\n';
        return 2;
    }
    QTextStream out(stdout);
    Tally tally;
    bool unreadable = false;
    for (const QString& path : std::as_const(options.files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "pcitopo check: " << path << ": " << file.errorString() << '\n';
            unreadable = true;
            continue;
        }
        const QByteArray bytes = file.readAll();
        const CheckRow row =
            compareWithLibvirt(path, bytes, askLibvirt(*connection, QString::fromUtf8(bytes)));
        options.json ? printCheckJson(out, row) : printCheckText(out, row);
        out.flush();
        tally.add(row);
    }
    printSummary(out, tally, options.json);
    if (unreadable)
        return 2;
    return tally.agree == tally.files ? 0 : 1;
}

} // namespace pcitopo::cli
