#include "report/chartdata.h"

bool ChartData::isEmpty() const
{
    for (const ChartSeriesData &s : series) {
        for (const qint64 value : s.values) {
            if (value != 0)
                return false;
        }
    }
    return true;
}
