import Testing
import TerminalUI
@testable import Theming

@Test func withoutColourRolesKeepTheirMeaningByAttributes() {
    let theme = Theme.builtInDefault.adapted(to: .none)
    for role in Role.allCases {
        #expect(theme[role].foreground == .terminalDefault && theme[role].background == .terminalDefault, "\(role)")
        #expect(theme[role].attributes.isSuperset(of: role.attributesWithoutColor), "\(role)")
    }
    #expect(theme[.selection].attributes.contains(.reverse))
    #expect(theme[.alert].attributes.contains(.bold))
    #expect(theme[.push] == .plain)
}

@Test func withColourNoAttributesAreAdded() {
    let theme = Theme.builtInDefault.adapted(to: .c256)
    #expect(theme[.selection] == Style(foreground: .indexed(231), background: .indexed(24)))
    #expect(theme[.alert] == Style(foreground: .indexed(203), attributes: .bold))
    #expect(theme.name == Theme.builtInDefault.name)
}

@Test func trueColourLeavesTheThemeAsItIs() {
    #expect(Theme.builtInDefault.adapted(to: .trueColor) == Theme.builtInDefault)
}
