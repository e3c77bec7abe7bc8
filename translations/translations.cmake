# Translations of the editor (docs/architecture.md "Translations"), included by
# views/CMakeLists.txt so the compiled catalogues land in pcitopo-views' resources (:/i18n/).
#   cmake --build build --target update_translations   lupdate: refresh translations/*.ts
#   (any build)                                        lrelease: *.ts -> *.qm, embedded
# Sources scanned: views/, app/ (not app/cli/: the CLI speaks English, like libvirt) and the rule
# table's texts (rulestrings.cmake). `-locations none` keeps the .ts free of line numbers, so
# edits elsewhere in the code never churn it.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(PCITOPO_RULE_STRINGS "${CMAKE_CURRENT_BINARY_DIR}/rulestrings_for_lupdate.cpp")
include(${PROJECT_SOURCE_DIR}/translations/rulestrings.cmake)

file(GLOB PCITOPO_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/pcitopo_*.ts)
file(GLOB_RECURSE _pcitopo_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/views/*.cpp ${PROJECT_SOURCE_DIR}/views/*.h)
file(GLOB _pcitopo_app_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)

qt_add_lupdate(pcitopo-views
    TS_FILES ${PCITOPO_TS_FILES}
    SOURCES ${_pcitopo_tr_sources} ${_pcitopo_app_sources} ${PCITOPO_RULE_STRINGS}
    OPTIONS -locations none -no-obsolete -silent)
qt_add_lrelease(pcitopo-views
    TS_FILES ${PCITOPO_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE _pcitopo_qm_files
    OPTIONS -silent)
qt_add_resources(pcitopo-views pcitopo_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${_pcitopo_qm_files})
