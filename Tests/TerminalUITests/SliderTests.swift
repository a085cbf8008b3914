import Testing
import TerminalUI

@Test func sliderPlacesKnobAndMarker() {
    #expect(rendered(Slider(value: 0.5, range: 0...1), width: 11, height: 1) == ["─────●─────"])
    #expect(rendered(Slider(value: 0.5, range: 0...1, marker: 0.9), width: 11, height: 1) == ["─────●───◆─"])
    #expect(rendered(Slider(value: 40, range: 0...100, marker: 0), width: 11, height: 1) == ["◆───●──────"])
}

@Test func selectedSliderHasAHeavierTrack() {
    #expect(rendered(Slider(value: 0.5, range: 0...1, selected: true), width: 5, height: 1) == ["━━●━━"])
    #expect(rendered(Slider(value: 1, range: 0...1, marker: 0.5, selected: true, glyphs: .ascii), width: 5, height: 1)
        == ["==*=O"])
}

@Test func knobCoversTheMarkerOnTheSameCell() {
    #expect(rendered(Slider(value: 0.5, range: 0...1, marker: 0.52), width: 5, height: 1) == ["──●──"])
}

@Test func sliderClampsAndSurvivesDegenerateInput() {
    #expect(rendered(Slider(value: 7, range: 0...1), width: 4, height: 1) == ["───●"])
    #expect(rendered(Slider(value: 0.5, range: 1...1), width: 4, height: 1) == ["●───"])
    #expect(rendered(Slider(value: .nan, range: 0...1), width: 3, height: 1) == ["●──"])
    #expect(rendered(Slider(value: 0.5, range: 0...1), width: 1, height: 1) == ["●"])
    for (w, h) in tinySizes { _ = rendered(Slider(value: 0.3, range: 0...1, marker: 0.8), width: w, height: h) }
}
