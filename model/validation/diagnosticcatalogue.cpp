#include "diagnosticcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pcitopo {

QString DiagnosticSpec::message(const QStringList& args) const {
    QString text = messageTemplate;
    // Replace %1…%9 literally: the values are libvirt text that may itself contain '%'.
    for (int i = static_cast<int>(args.size()); i >= 1; --i)
        text.replace(QStringLiteral("%") + QString::number(i), args.at(i - 1));
    return text;
}

std::optional<DiagnosticCatalogue> DiagnosticCatalogue::fromJson(const QByteArray& json,
                                                                 QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    DiagnosticCatalogue catalogue;
    for (const QJsonValue& value : doc.object().value(u"diagnostics").toArray()) {
        const QJsonObject o = value.toObject();
        DiagnosticSpec spec;
        spec.code = o.value(u"code").toString();
        const auto severity = severityFromName(o.value(u"severity").toString());
        const auto fix = fixKindFromName(o.value(u"fix").toString());
        if (spec.code.isEmpty() || !severity || !fix) {
            if (error)
                *error = QStringLiteral("bad diagnostic entry '%1'").arg(spec.code);
            return std::nullopt;
        }
        spec.severity = *severity;
        spec.fixKind = *fix;
        spec.stage = o.value(u"stage").toString();
        spec.rule = o.value(u"rule").toString();
        spec.messageTemplate = o.value(u"message").toString();
        spec.explanation = o.value(u"explanation").toString();
        spec.source = o.value(u"source").toString();
        catalogue.m_entries.append(spec);
    }
    return catalogue;
}

const DiagnosticCatalogue& DiagnosticCatalogue::builtin() {
    static const DiagnosticCatalogue catalogue = [] {
        DiagnosticCatalogue compiled;
        compiled.m_entries = compiledDiagnostics();
        return compiled;
    }();
    return catalogue;
}

const DiagnosticSpec* DiagnosticCatalogue::find(QStringView code) const {
    for (const DiagnosticSpec& spec : m_entries)
        if (spec.code == code)
            return &spec;
    return nullptr;
}

Diagnostic DiagnosticCatalogue::make(QStringView code, const QStringList& args) const {
    Diagnostic d;
    d.code = code.toString();
    const DiagnosticSpec* spec = find(code);
    if (!spec) {
        d.message = QStringLiteral("internal: unknown diagnostic code '%1' (%2)")
                        .arg(d.code, args.join(QStringLiteral(", ")));
        return d;
    }
    d.severity = spec->severity;
    d.message = spec->message(args);
    d.explanation = spec->explanation;
    d.rule = spec->rule;
    return d;
}

} // namespace pcitopo
