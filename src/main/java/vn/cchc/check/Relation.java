package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** An arithmetic relation the template says holds between rows of one report. */
sealed interface Relation {
    /** The rows involved, the one the relation is about first. */
    List<Integer> rows();

    /** Whether it holds when each row has the value {@code value} gives. */
    boolean holds(IntFunction<BigDecimal> value);

    /**
     * rate = numerator / denominator × 100, to the rounding the rate was printed with. Over a denominator of 0 any
     * printed rate (0, 100...) is accepted as long as the numerator is 0 too: reports disagree on what "nothing to
     * do" is worth, and none of them is wrong.
     */
    record Rate(int rate, int numerator, int denominator, String rateRaw) implements Relation {
        @Override
        public List<Integer> rows() {
            return List.of(rate, numerator, denominator);
        }

        @Override
        public boolean holds(IntFunction<BigDecimal> value) {
            BigDecimal r = value.apply(rate);
            BigDecimal n = value.apply(numerator);
            BigDecimal d = value.apply(denominator);
            if (d.signum() == 0) return n.signum() == 0;
            return Rounding.agrees(r, Rounding.decimals(rateRaw, r), Rounding.rate(n, d));
        }
    }

    /**
     * total = sum of the parts. {@code complete} is false when some part has no row in the report: then the printed
     * parts may only not exceed the total, since the missing part may hold the difference.
     */
    record Sum(int total, List<Integer> parts, boolean complete) implements Relation {
        public Sum {
            parts = List.copyOf(parts);
        }

        @Override
        public List<Integer> rows() {
            List<Integer> all = new ArrayList<>();
            all.add(total);
            all.addAll(parts);
            return all;
        }

        @Override
        public boolean holds(IntFunction<BigDecimal> value) {
            int c = sum(value).compareTo(value.apply(total));
            return complete ? c == 0 : c <= 0;
        }

        BigDecimal sum(IntFunction<BigDecimal> value) {
            BigDecimal s = BigDecimal.ZERO;
            for (int p : parts) s = s.add(value.apply(p));
            return s;
        }
    }
}
