package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dorsal.model.FixedChargeFlowProblem;
import org.junit.jupiter.api.Test;

class FcnetlibReaderTest {

  private static FixedChargeFlowProblem read(String text) throws Exception {
    return FcnetlibReader.read("lib/t.inc", new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
  }

  private static List<String> errors(String text) {
    InvalidInputException e = catchThrowableOfType(() -> read(text), InvalidInputException.class);
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.errors().stream().map(ValidationError::format).toList();
  }

  @Test
  void readsDataBlocksAndAppliesTheAssignmentsInOrder() throws Exception {
    FixedChargeFlowProblem p = read("""
        Set n / n1*n3 /;
        Set s / a1*a2 /;

        yupp('n1','n1','a1')=0;

        Parameter fcost(m,n,s) /
        $ondelim
           n1      n2      a1            10
           n1      n2      a2            20
           n2      n3      a1            -5
           n3      n1      a1             7
        $offdelim
        /;

        Parameter vcost(m,n,s) /
        $ondelim
           n1      n2      a1             3
           n1      n2      a2             1
           n2      n3      a1             2
           n2      n1      a1             4
        $offdelim
        /;

        Parameter demand(n) /
           n1             5
           n3            -5
        /;

        demand(n) = -demand(n);
        fcost(m,n,s) = 10 * fcost(m,n,s);
        * Upper bound for flow on any arc
        u = -sum(n$(demand(n)<0), demand(n));
        xupp(m,n,s)$(fcost(m,n,s) or vcost(m,n,s)) = u;
        loop((m,n,s)$(fcost(m,n,s)<0),
           fcost(m,n,s)=0;
           vcost(m,n,s)=0;
        );
        usetree = 1;
        """);
    assertThat(p.name()).isEqualTo("t");
    assertThat(p.nodeCount()).isEqualTo(3);
    assertThat(p.demandUnits()).containsExactly(-5, 0, 5);
    // arcs by tail, head, copy; the arc with negative fixed cost is free but still there
    assertThat(p.arcTail()).containsExactly(0, 0, 1, 1, 2);
    assertThat(p.arcHead()).containsExactly(1, 1, 0, 2, 0);
    assertThat(p.arcCopy()).containsExactly(0, 1, 0, 0, 0);
    assertThat(p.fixedCost()).containsExactly(100, 200, 0, 0, 70);
    assertThat(p.costPerFlowUnit()).containsExactly(3, 1, 4, 0, 0);
    assertThat(p.flowCapacityUnits()).containsExactly(5, 5, 5, 5, 5);
    assertThat(p.atMostOneOutArc()).isTrue();
    assertThat(p.sinksFedByOneArc()).isFalse();
    assertThat(p.transitNodesFedByAtMostOneArc()).isFalse();
    assertThat(p.terminalCount()).isEqualTo(2);
    assertThat(p.sourceCount()).isEqualTo(1);
    assertThat(p.totalSupplyUnits()).isEqualTo(5);
  }

  @Test
  void computesTheCostsOfTheEuclideanFilesAsTheirRecipeSays() throws Exception {
    FixedChargeFlowProblem p = read("""
        Sets n / n1*n3 /
             s / a1 /;

        yupp('n1','n1','a1')=0;

        Parameter demand(n) /
           n2              2
           n3              1
           n1             -3
        /;

        Table pp(n,*)
        \t\t\t c1\t\t c2
           n1                     0               0
           n2                     3               4
           n3                     6               8
        ;

        Scalar beta / 50 /;

        Parameter vcr(m,n);
        Set mp(m), np(n) sets that have all but the first node;
        mp(m) = ord(m)>1;
        np(n) = ord(n)>1;

        vcr('n1',np(n)) = sqr(pp('n1','c1')-pp(n-1,'c1')) + sqr(pp('n1','c2')-pp(n-1,'c2'));
        vcr(mp,np) = sqr(pp(np,'c1')-pp(mp,'c1')) + sqr(pp(np,'c2')-pp(mp,'c2'));

        vcost(m,np,s) = sqrt(vcr(m,np)+1);
        fcost(m,n,s) = beta * vcost(m,n,s);

        fcost(m,n,s) = round(fcost(m,n,s),6);
        vcost(m,n,s) = round(vcost(m,n,s),6);

        u = -demand('n1');
        xupp(m,n,s)$fcost(m,n,s) = u;
        yupp(np,np,s) = 1;

        usett1 = 1;
        usett2 = 1;
        """);
    // from n1 only forward, to n2 and n3; between n2 and n3 both ways and the two self-loops:
    // n1 -> n2 is measured to n1 itself (the recipe's n-1), n1 -> n3 to n2: distance 5
    assertThat(p.arcTail()).containsExactly(0, 0, 1, 1, 2, 2);
    assertThat(p.arcHead()).containsExactly(1, 2, 1, 2, 1, 2);
    assertThat(p.costPerFlowUnit()).containsExactly(1, 5.09902, 1, 5.09902, 5.09902, 1);
    assertThat(p.fixedCost()).containsExactly(50, 254.950976, 50, 254.950976, 254.950976, 50);
    assertThat(p.flowCapacityUnits()).containsOnly(3.0);
    assertThat(p.demandUnits()).containsExactly(-3, 2, 1);
    assertThat(p.atMostOneOutArc()).isFalse();
    assertThat(p.sinksFedByOneArc()).isTrue();
    assertThat(p.transitNodesFedByAtMostOneArc()).isTrue();
  }

  @Test
  void reportsBadDataLinesWithTheirPlace() {
    assertThat(errors("""
        Set n / n1*n2 /;
        Set s / a1 /;
        Parameter fcost(m,n,s) /
           n1  n3  a1  5
           n1  n2  a2  5
           n1  n2  a1
           n1  n2  a1  x
           n1  n2  a1  4
           n1  n2  a1  4
        /;
        Parameter demand(n) /
           n1 -1
           n2 1
        /;
        """)).containsExactly(
        "lib/t.inc:4:8: 'n3' is not in the set n1*n2 of nodes",
        "lib/t.inc:5:12: 'a2' is not in the set a1*a1 of arc copies",
        "lib/t.inc:6:1: a line of fcost data has 4 words: from node, to node, copy, value; found 3 words",
        "lib/t.inc:7:16: the value 'x' is not a finite number",
        "lib/t.inc:9:1: a second value for fcost(n1,n2,a1); keep one");
  }

  @Test
  void refusesStatementsItDoesNotKnow() {
    assertThat(errors("""
        Set n / n1*n2 /;
        Set s / a1 /;
        xupp(m,n,s) = 2 * u;
        $include other.inc
        Parameter demand(n) /
           n1 -1
        /;
        u = -demand('n1')
        """)).containsExactly(
        "lib/t.inc:3:1: the GAMS statement 'xupp(m,n,s) = 2 * u;' is not supported; this reader knows the data"
            + " and assignment statements of the FCNetLib include files",
        "lib/t.inc:4:1: the dollar control '$include' is not supported; only $ondelim and $offdelim are",
        "lib/t.inc:8:1: the file ends inside the statement 'u = -demand('n1')'; end it with ';'");
  }

  @Test
  void needsTheSetsBeforeTheData() {
    assertThat(errors("""
        Parameter demand(n) /
           n1 -1
        /;
        """)).containsExactly(
        "lib/t.inc:1:1: this statement uses the nodes before the node set is declared; put 'Set n / n1*nK /;'"
            + " first");
  }
}
