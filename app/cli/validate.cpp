#include "validate.h"

#include "analysis/analysis.h"
#include "handoff.h"
#include "validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

enum class Format { Text, Json };

// The analysis's diagnostics; with `waivers` false (--no-waivers), none counts as waived.
QList<Diagnostic> diagnosticsOf(const DomainDocument& document, bool waivers) {
    QList<Diagnostic> diagnostics = Analysis::compute(document)->diagnostics();
    if (!waivers)
        for (Diagnostic& d : diagnostics)
            d.waived = false;
    return diagnostics;
}

struct FileReport {
    QString file;
    QList<Diagnostic> diagnostics;
    bool unreadable = false;
};

FileReport validateFile(const QString& path, bool waivers) {
    FileReport report{path, {}, false};
    DocumentError error;
    const std::optional<DomainDocument> document = DomainDocument::fromFile(path, &error);
    if (!document) {
        report.unreadable = true;
        report.diagnostics.append(Validator::fromDocumentError(error));
        return report;
    }
    report.diagnostics = diagnosticsOf(*document, waivers);
    return report;
}

// The domain's persistent (inactive) XML from libvirt, reported under the domain's name.
FileReport validateDomain(const DomainXmlSource& connection, const QString& name, bool waivers) {
    FileReport report{name, {}, false};
    QString error;
    const std::optional<QString> xml = connection(name, &error);
    DocumentError documentError;
    const std::optional<DomainDocument> document =
        xml ? DomainDocument::fromBytes(xml->toUtf8(), name, &documentError) : std::nullopt;
    if (!document) {
        report.unreadable = true;
        Diagnostic diagnostic;
        diagnostic.code = QStringLiteral("libvirt.domain-unavailable");
        diagnostic.message = xml ? documentError.toString() : error;
        report.diagnostics.append(diagnostic);
        return report;
    }
    report.diagnostics = diagnosticsOf(*document, waivers);
    return report;
}

// Compiler style: FILE:LINE:COL: SEVERITY: MESSAGE [CODE], then the explanation and the fix.
void printText(QTextStream& out, const FileReport& report) {
    for (const Diagnostic& d : report.diagnostics) {
        out << report.file;
        if (d.location.line > 0)
            out << ':' << d.location.line << ':' << d.location.column;
        out << ": " << severityName(d.severity) << (d.waived ? " (waived)" : "") << ": "
            << d.message << " [" << d.code << "]\n";
        if (d.waived)
            continue; // the user knows: one line is enough
        if (!d.explanation.isEmpty())
            out << "    " << d.explanation << '\n';
        if (!d.fix.isNone())
            out << "    fix: " << d.fix.label << '\n';
    }
}

// A JSON string literal (QJsonDocument does the escaping).
QString jsonString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// JSON Lines, one object per file, keys in the documented order (QJsonObject would sort them).
void printJson(QTextStream& out, const FileReport& report) {
    QStringList problems;
    for (const Diagnostic& d : report.diagnostics) {
        problems.append(QStringLiteral("{\"severity\":%1,\"code\":%2,\"line\":%3,\"column\":%4,"
                                       "\"message\":%5,\"explanation\":%6,\"fix\":%7%8}")
                            .arg(jsonString(severityName(d.severity)), jsonString(d.code))
                            .arg(d.location.line)
                            .arg(d.location.column)
                            .arg(jsonString(d.message), jsonString(d.explanation),
                                 jsonString(d.fix.label),
                                 d.waived ? QStringLiteral(",\"waived\":true") : QString()));
    }
    out << "{\"file\":" << jsonString(report.file)
        << ",\"ok\":" << (hasErrors(report.diagnostics) ? "false" : "true") << ",\"problems\":["
        << problems.join(u',') << "]}\n";
}

int usageError(const QString& message) {
    QTextStream(stderr) << "pcitopo validate: " << message << '\n'
                        << "usage: pcitopo validate [--format text|json] [--no-waivers] FILE...\n"
                        << "       pcitopo validate [--format text|json] [--no-waivers] --connect "
                           "URI DOMAIN...\n";
    return 2;
}

} // namespace

int runValidate(const QStringList& arguments) {
    Format format = Format::Text;
    QStringList files;
    QString connectUri;  // set: `files` are domain names on that libvirt connection
    bool waivers = true; // --no-waivers: report waived diagnostics like the others
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--format" || arg.startsWith(u"--format=")) {
            const QString value = arg == u"--format" ? arguments.value(++i) : arg.mid(9);
            if (value != u"text" && value != u"json")
                return usageError(QStringLiteral("unknown format '%1'").arg(value));
            format = value == u"json" ? Format::Json : Format::Text;
        } else if (arg == u"--connect" || arg.startsWith(u"--connect=")) {
            connectUri = arg == u"--connect" ? arguments.value(++i) : arg.mid(10);
            if (connectUri.isEmpty())
                return usageError(QStringLiteral("--connect needs a URI"));
        } else if (arg == u"--no-waivers") {
            waivers = false;
        } else if (arg.startsWith(u"--") && arg != u"--") {
            return usageError(QStringLiteral("unknown option '%1'").arg(arg));
        } else if (arg != u"--") {
            files.append(arg);
        }
    }
    if (files.isEmpty())
        return usageError(connectUri.isEmpty() ? QStringLiteral("no FILE given")
                                               : QStringLiteral("no DOMAIN given"));
    // libvirt lives in the helper executable: this process has not loaded it.
    if (!connectUri.isEmpty() && !backends().connectReadOnly)
        return handOff(kLibvirtHelper);
    // Validating only reads: a read-only connection is enough.
    QString error;
    const DomainXmlSource connection =
        connectUri.isEmpty() ? DomainXmlSource() : backends().connectReadOnly(connectUri, &error);
    if (!connectUri.isEmpty() && !connection) {
        QTextStream(stderr) << "pcitopo validate: cannot connect to " << connectUri << ": " << error
                            << '\n';
        return 2;
    }

    QTextStream out(stdout);
    int status = 0;
    for (const QString& file : files) {
        const FileReport report =
            connection ? validateDomain(connection, file, waivers) : validateFile(file, waivers);
        if (format == Format::Json)
            printJson(out, report);
        else
            printText(out, report);
        if (report.unreadable)
            status = 2;
        else if (status == 0 && hasErrors(report.diagnostics))
            status = 1;
    }
    return status;
}

} // namespace pcitopo::cli
