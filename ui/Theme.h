#pragma once

#include "models/core/Settings.h"
#include "models/incidents/Incident.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace ic::Theme {

// Applies the Fusion style with a calm light or dark palette, or the
// system's own look.
void apply(Settings::Theme theme);
bool isDark(const QPalette &palette);

// Severity colours that keep contrast on the current palette. Colour is
// never the only signal: every severity is also written out ("P0 Critical").
QColor severityColor(Severity severity, const QPalette &palette);
QColor overdueColor(const QPalette &palette);
QColor okColor(const QPalette &palette);
// The edge of check boxes and radio buttons: 3:1 or more against the window
// and the field in both themes.
QColor controlEdgeColor(const QPalette &palette);

} // namespace ic::Theme
