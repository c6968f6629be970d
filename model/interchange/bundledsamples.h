#pragma once

#include <QByteArray>
#include <QString>

// The sample documents bundled with the program (resources/samples/*.json, interchange JSON),
// found by the template they are written on, so that a profile's sample needs no C++.
namespace BundledSamples {

// The interchange JSON of the sample on `templateId`; empty when none is bundled.
QByteArray forTemplate(const QString &templateId);

} // namespace BundledSamples
