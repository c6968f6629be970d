#pragma once

#include <QList>
#include <QString>

struct Project;

// What is wrong with a project's self-evaluation form as a whole, for the messages the editor
// shows at the place: scores above their weight, scores without a weight, weights not adding up
// to 100 and more executed than budgeted. Each problem names the indicator row it belongs to.
namespace SelfEvaluationCheck {

struct Problem
{
    enum class Place { Funds, Weight, Score, Weights };

    Place place = Place::Weights;
    int indicator = -1; // the row of Weight and Score problems
    QString message; // translated
};

QList<Problem> check(const Project &project);

} // namespace SelfEvaluationCheck
