#pragma once

// Private data of RuleTable, shared by ruletable.cpp (queries) and ruletableloader.cpp (JSON).

#include "rules/ruletable.h"

#include <QHash>
#include <QJsonObject>

namespace pcitopo {

// One field test of an endpoint rule's "match": the device's `field` must be one of `values`
// ("" = not written, "*" = anything).
struct FieldMatch {
    QString field;
    QStringList values;
};

struct KindText {
    ConnectFlag flag;
    QString text;
};

struct RuleTable::Data {
    QList<RuleInfo> rules;
    QHash<QString, int> ruleByKey;
    QList<ControllerModelRule> controllers;
    QHash<QString, int> controllerByModel;
    QList<EndpointRule> endpoints;
    QList<QList<FieldMatch>> endpointMatches; // parallel to endpoints
    QHash<QString, QString> diskBusFromPrefix;
    QList<ReservedAddressRule> reserved;
    QList<PaletteEntry> palette;
    QStringList paletteGroups;
    QList<KindText> kindTexts;
    MachineRule machines[2]; // indexed by Machine
    QString implicitMemballoonModel;
    QString implicitVideoModel;
};

// Parses the JSON into `data`; false with `error` set when the document is malformed.
bool loadRuleTableJson(const QByteArray& json, RuleTable::Data& data, QString* error);

ConnectFlags connectFlagsFromNames(const QStringList& names);

// Generated at build time from pci-rules.json by pcitopo-rulegen (model/rules/rulesource.h):
// fills every list of `data`; indexRuleData then builds the lookups by key and model.
void fillCompiledRuleData(RuleTable::Data& data);
void indexRuleData(RuleTable::Data& data);

} // namespace pcitopo
